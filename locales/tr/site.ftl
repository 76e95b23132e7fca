### Interface strings of this site (tr): site name and category labels.
### Texte der Oberfläche dieser Website: Name der Website und Namen der Kategorien.

site-title = Darmstadt'ın semtleri
category-language-course = Almanca kursları
category-literacy = Okuma yazma
category-parent-circle = Veli grupları
category-women-group = Kadın grupları
category-children = Çocuklar için
category-girls-club = Kızlar buluşması
category-information = Bilgi ve danışma
category-festival = Şenlikler
category-neighbourhood = Komşuluk
category-participation = Katılım ve söz hakkı
