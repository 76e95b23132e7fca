# The glossary page of German words, and its link in the footer.
# Every language folder beside this one must have the same message ids, in the same order.

glossary-title = Wichtige deutsche Wörter
glossary-intro = Diese Wörter stehen auf Briefen, Formularen und an Türen. Hier steht, was sie bedeuten.
glossary-plural = Mehrzahl
description-glossary = Wichtige deutsche Wörter, einfach erklärt.
