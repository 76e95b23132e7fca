# Standard names of kinds of offering (categories) of the default theme, Arabic (العربية, Modern Standard).
# They are the fallback: a site's own message category-<id> in its
# locales/<lang>/site.ftl wins over the one here, so a site without locales/
# still shows names instead of raw ids like language-course.
# Every language folder beside this one must have the same message ids, in the same order.
# Pictograms for these ids: themes/default/categories.yaml.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

category-language-course = دورات اللغة الألمانية
category-literacy = محو الأمية
category-parent-circle = حلقات الأهل
category-women-group = مجموعات نسائية
category-girls-club = نادي البنات
category-youth-club = نادي الشباب
category-children = للأطفال
category-mother-tongue = دروس اللغة الأم
category-counselling = استشارات
category-information = معلومات واستشارة
category-festival = مهرجانات
category-neighbourhood = الجيرة
category-participation = المشاركة والرأي
category-sport = الرياضة
category-health = الصحة
category-culture = الثقافة
category-homework-help = المساعدة في الواجبات المدرسية
category-work = العمل والمهنة
category-computer = دورات الحاسوب
category-food = الطبخ والأكل معًا
category-music = الموسيقى
