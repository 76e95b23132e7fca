# Standard names of kinds of offering (categories) of the default theme, Central Kurdish / Sorani (کوردیی ناوەندی).
# They are the fallback: a site's own message category-<id> in its
# locales/<lang>/site.ftl wins over the one here, so a site without locales/
# still shows names instead of raw ids like language-course.
# Every language folder beside this one must have the same message ids, in the same order.
# Pictograms for these ids: themes/default/categories.yaml.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

category-language-course = خولەکانی زمانی ئەڵمانی
category-literacy = خوێندن و نووسین
category-parent-circle = کۆبوونەوەی دایک و باوکان
category-women-group = گرووپی ئافرەتان
category-girls-club = یانەی کچان
category-youth-club = یانەی گەنجان
category-children = بۆ منداڵان
category-mother-tongue = وانەی زمانی دایک
category-counselling = ڕاوێژ
category-information = زانیاری و ڕاوێژ
category-festival = ئاهەنگەکان
category-neighbourhood = دراوسێیەتی
category-participation = بەشداری و ڕادەربڕین
category-sport = وەرزش
category-health = تەندروستی
category-culture = کولتوور
category-homework-help = یارمەتی لە ئەرکی ماڵەوە
category-work = کار و پیشە
category-computer = خولەکانی کۆمپیوتەر
category-food = پێکەوە چێشت لێنان و نانخواردن
category-music = مۆسیقا
