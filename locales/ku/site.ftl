### Interface strings of this site (ku): site name and category labels.
### Texte der Oberfläche dieser Website: Name der Website und Namen der Kategorien.

site-title = Taxên li Darmstadtê
category-language-course = Kursên almanî
category-literacy = Xwendin û nivîsandin
category-parent-circle = Civînên dê û bavan
category-women-group = Komên jinan
category-children = Ji bo zarokan
category-girls-club = Klûba keçan
category-information = Agahî û şêwir
category-festival = Şahî
category-neighbourhood = Cîrantî
category-participation = Beşdarî û gotin
