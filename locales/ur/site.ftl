### Interface strings of this site (ur): site name and category labels.
### Texte der Oberfläche dieser Website: Name der Website und Namen der Kategorien.

site-title = ڈارم شٹٹ کے محلے
category-language-course = جرمن کورس
category-literacy = خواندگی
category-parent-circle = والدین کے حلقے
category-women-group = خواتین کے گروپ
category-children = بچوں کے لیے
category-girls-club = لڑکیوں کا کلب
category-information = معلومات اور مشورہ
category-festival = میلے
category-neighbourhood = پڑوس
category-participation = شرکت اور رائے
