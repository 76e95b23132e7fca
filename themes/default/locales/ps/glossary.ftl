# The glossary page of German words, and its link in the footer.
# Every language folder beside this one must have the same message ids, in the same order.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

glossary-title = مهم الماني لغاتونه
glossary-intro = دا لغاتونه به په لیکونو، فورمونو او دروازو کې ووینئ. دلته یې مانا لیکل شوې ده.
glossary-plural = جمع
description-glossary = مهم الماني لغاتونه، په ساده ډول تشریح شوي.
