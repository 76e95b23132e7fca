### Interface strings of this site (so): site name and category labels.
### Texte der Oberfläche dieser Website: Name der Website und Namen der Kategorien.

site-title = Xaafadaha Darmstadt
category-language-course = Koorsooyinka af Jarmalka
category-literacy = Akhris iyo qoris
category-parent-circle = Kulamada waalidiinta
category-women-group = Kooxaha haweenka
category-children = Carruurta
category-girls-club = Kulanka gabdhaha
category-information = Macluumaad iyo talo
category-festival = Dabaaldegyo
category-neighbourhood = Deriska
category-participation = Ka qaybgal iyo go'aan
