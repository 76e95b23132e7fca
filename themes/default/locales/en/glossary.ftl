# The glossary page of German words, and its link in the footer.
# Every language folder beside this one must have the same message ids, in the same order.

glossary-title = Important German words
glossary-intro = You will see these words on letters, forms and doors. Here is what they mean.
glossary-plural = Plural
description-glossary = Important German words, explained simply.
