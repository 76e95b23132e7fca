# The glossary page of German words, and its link in the footer.
# Every language folder beside this one must have the same message ids, in the same order.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

glossary-title = اہم جرمن الفاظ
glossary-intro = یہ الفاظ آپ کو خطوں، فارموں اور دروازوں پر نظر آئیں گے۔ یہاں ان کا مطلب لکھا ہے۔
glossary-plural = جمع
description-glossary = اہم جرمن الفاظ، آسان زبان میں۔
