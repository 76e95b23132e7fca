# The glossary page of German words, and its link in the footer.
# Every language folder beside this one must have the same message ids, in the same order.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

glossary-title = وشە گرنگەکانی ئەڵمانی
glossary-intro = ئەم وشانە لە نامە و فۆرم و سەر دەرگاکاندا دەبینیت. لێرەدا واتاکانیان نووسراوە.
glossary-plural = کۆ
description-glossary = وشە گرنگەکانی ئەڵمانی، بە سادەیی ڕوونکراونەتەوە.
