# The glossary page of German words, and its link in the footer.
# Every language folder beside this one must have the same message ids, in the same order.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

glossary-title = Важливі німецькі слова
glossary-intro = Ці слова трапляються в листах, формулярах і на дверях. Тут пояснено, що вони означають.
glossary-plural = Множина
description-glossary = Важливі німецькі слова простими словами.
