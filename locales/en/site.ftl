### Interface strings of this site (en): site name and category labels.
### Texte der Oberfläche dieser Website: Name der Website und Namen der Kategorien.

site-title = Districts in Darmstadt
category-language-course = German courses
category-literacy = Reading and writing
category-parent-circle = Parents' circles
category-women-group = Women's groups
category-children = For children
category-girls-club = Girls' club
category-information = Information and advice
category-festival = Festivals
category-neighbourhood = Neighbourhood
category-participation = Having a say
