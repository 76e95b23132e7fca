# The glossary page of German words, and its link in the footer.
# Every language folder beside this one must have the same message ids, in the same order.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

glossary-title = Важные немецкие слова
glossary-intro = Эти слова встречаются в письмах, анкетах и на дверях. Здесь объясняется, что они значат.
glossary-plural = Множественное число
description-glossary = Важные немецкие слова простыми словами.
