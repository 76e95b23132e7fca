# The glossary page of German words, and its link in the footer.
# Every language folder beside this one must have the same message ids, in the same order.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

glossary-title = Peyvên girîng ên almanî
glossary-intro = Tu van peyvan li ser name, form û deriyan dibînî. Li vir wateya wan heye.
glossary-plural = Pirhejmar
description-glossary = Peyvên girîng ên almanî, bi hêsanî hatine ravekirin.
