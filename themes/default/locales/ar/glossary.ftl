# The glossary page of German words, and its link in the footer.
# Every language folder beside this one must have the same message ids, in the same order.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

glossary-title = كلمات ألمانية مهمة
glossary-intro = ستجد هذه الكلمات في الرسائل والاستمارات وعلى الأبواب. هنا معناها.
glossary-plural = الجمع
description-glossary = كلمات ألمانية مهمة مشروحة ببساطة.
