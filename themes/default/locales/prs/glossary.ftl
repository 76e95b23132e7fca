# The glossary page of German words, and its link in the footer.
# Every language folder beside this one must have the same message ids, in the same order.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

glossary-title = کلمه‌های مهم آلمانی
glossary-intro = این کلمه‌ها را در نامه‌ها، فورم‌ها و روی دروازه‌ها می‌بینید. اینجا معنای آن‌ها نوشته شده است.
glossary-plural = جمع
description-glossary = کلمه‌های مهم آلمانی، به زبان ساده.
