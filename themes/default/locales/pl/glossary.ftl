# The glossary page of German words, and its link in the footer.
# Every language folder beside this one must have the same message ids, in the same order.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

glossary-title = Ważne niemieckie słowa
glossary-intro = Te słowa zobaczysz w listach, formularzach i na drzwiach. Tutaj wyjaśniamy, co znaczą.
glossary-plural = Liczba mnoga
description-glossary = Ważne niemieckie słowa, prosto wyjaśnione.
