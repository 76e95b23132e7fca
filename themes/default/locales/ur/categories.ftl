# Standard names of kinds of offering (categories) of the default theme, Urdu (اردو).
# They are the fallback: a site's own message category-<id> in its
# locales/<lang>/site.ftl wins over the one here, so a site without locales/
# still shows names instead of raw ids like language-course.
# Every language folder beside this one must have the same message ids, in the same order.
# Pictograms for these ids: themes/default/categories.yaml.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

category-language-course = جرمن کورس
category-literacy = خواندگی
category-parent-circle = والدین کے حلقے
category-women-group = خواتین کے گروپ
category-girls-club = لڑکیوں کا کلب
category-youth-club = نوجوانوں کا کلب
category-children = بچوں کے لیے
category-mother-tongue = مادری زبان کی کلاسیں
category-counselling = مشاورت
category-information = معلومات اور مشورہ
category-festival = میلے
category-neighbourhood = پڑوس
category-participation = شرکت اور رائے
category-sport = کھیل
category-health = صحت
category-culture = ثقافت
category-homework-help = ہوم ورک میں مدد
category-work = کام اور روزگار
category-computer = کمپیوٹر کورس
category-food = مل کر پکانا اور کھانا
category-music = موسیقی
