# The glossary page of German words, and its link in the footer.
# Every language folder beside this one must have the same message ids, in the same order.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

glossary-title = Erayo muhiim ah oo Jarmal ah
glossary-intro = Erayadan waxaad ku arki doontaa waraaqaha, foomamka iyo albaabbada. Halkan waxaa ku qoran macnahooda.
glossary-plural = Wadar
description-glossary = Erayo muhiim ah oo Jarmal ah, si fudud loo sharaxay.
