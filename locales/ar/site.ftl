### Interface strings of this site (ar): site name and category labels.
### Texte der Oberfläche dieser Website: Name der Website und Namen der Kategorien.

site-title = أحياء في دارمشتات
category-language-course = دورات اللغة الألمانية
category-literacy = محو الأمية
category-parent-circle = حلقات الأهل
category-women-group = مجموعات نسائية
category-children = للأطفال
category-girls-club = نادي البنات
category-information = معلومات واستشارة
category-festival = مهرجانات
category-neighbourhood = الجيرة
category-participation = المشاركة والرأي
