### Interface strings of this site (fa): site name and category labels.
### Texte der Oberfläche dieser Website: Name der Website und Namen der Kategorien.

site-title = محله‌هایی در دارمشتات
category-language-course = کلاس‌های زبان آلمانی
category-literacy = سوادآموزی
category-parent-circle = حلقه‌های والدین
category-women-group = گروه‌های زنان
category-children = برای کودکان
category-girls-club = پاتوق دختران
category-information = اطلاع‌رسانی و مشاوره
category-festival = جشن‌ها
category-neighbourhood = همسایگی
category-participation = مشارکت و اظهار نظر
