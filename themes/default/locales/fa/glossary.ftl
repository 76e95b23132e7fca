# The glossary page of German words, and its link in the footer.
# Every language folder beside this one must have the same message ids, in the same order.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

glossary-title = واژه‌های مهم آلمانی
glossary-intro = این واژه‌ها را در نامه‌ها، فرم‌ها و روی درها می‌بینید. اینجا معنی آن‌ها آمده است.
glossary-plural = جمع
description-glossary = واژه‌های مهم آلمانی، به زبان ساده.
