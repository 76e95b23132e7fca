# Interface strings of the default theme, Turkish (Türkçe).
# Every language folder beside this one must have the same message ids.
# Variables: $name, $district, $language, $count, $interval, $date, $start, $end,
# $days, $dates, $week, $day (a weekday key: mon tue wed thu fri sat sun), $dayname.
# $site, $title, $kind, $languages (descriptions), $into (the page's language, in a notice that fell back).

## Page frame
skip-to-content = İçeriğe geç
site-title = Mahalle bilgileri
nav-main = Ana menü
nav-footer = Daha fazla bilgi
language-switcher = Dil
choose-language = Dilinizi seçin
home = Ana sayfa
breadcrumb = Şu an buradasınız
page-not-found = Sayfa bulunamadı
page-not-found-text = Bu sayfa yok ya da artık yok. Lütfen ana sayfadan yeniden başlayın.
back-to-home = Ana sayfaya dön

## Home and district pages
districts-heading = Semtlerimiz
district-offerings-heading = { $district } semtinde neler var
district-about = { $district } hakkında
offerings-count = { $count ->
    [one] Bir hizmet
   *[other] { $count } hizmet
}
categories-heading = Hizmet türleri
category-offerings-heading = Tüm semtlerde: { $name }
no-offerings = Burada henüz bir hizmet yok.
district-office = Semt bürosu
more-about = { $name } hakkında daha fazla bilgi
in-district = { $district } semtinde

## Offering facts
fact-kind = Ne
fact-when = Ne zaman
fact-where = Nerede
fact-audience = Kimler için
fact-languages = Orada konuşulan diller
fact-childcare = Çocuk bakımı
fact-cost = Ücret
fact-registration = Kayıt
fact-contact = İletişim
fact-organisation = Düzenleyen
fact-next = Sonraki tarih
fact-spoken = Diller
details-heading = Tüm bilgiler
childcare-yes = Çocuklara bakılıyor
childcare-no = Çocuk bakımı yok
cost-free = Ücretsiz
cost-amount = { $amount } { $currency }
registration-required = Lütfen önceden kayıt olun
registration-not-required = Kayıt gerekmez, gelmeniz yeterli
audience-everyone = Herkes
audience-women = Kadınlar
audience-men = Erkekler
audience-parents = Anne babalar
audience-children = Çocuklar
audience-youth = Gençler
audience-seniors = Yaşlılar
audience-families = Aileler
place-map = Haritada göster (OpenStreetMap)
place-wheelchair = Basamaksız giriş
place-online = Online
online-join = Online katılın
contact-phone = Telefon
contact-email = E-posta
contact-website = İnternet sitesi

## Schedules
schedule-by-appointment = Randevu ile
schedule-weekly = { $interval ->
    [1] Her hafta
    [2] İki haftada bir
   *[other] { $interval } haftada bir
}
schedule-monthly = { $week ->
    [1] Her ayın ilk { $dayname } günü
    [2] Her ayın ikinci { $dayname } günü
    [3] Her ayın üçüncü { $dayname } günü
    [4] Her ayın dördüncü { $dayname } günü
   *[last] Her ayın son { $dayname } günü
}
schedule-from = { $date } tarihinden itibaren
schedule-until = { $date } tarihine kadar
schedule-period = { $start } ile { $end } arası
schedule-except = Şu günlerde yok: { $dates }
time-range = { $start }–{ $end }

## Translations
translation-missing = Bu metin henüz Türkçeye çevrilmedi. Burada { $language } dilinde okuyabilirsiniz.
    .fallback = Bu metin henüz şu dile çevrilmedi: { $into }. Burada { $language } dilinde okuyabilirsiniz.
machine-translated = Bu metni bir bilgisayar çevirdi. İçinde hatalar olabilir.

## What's on, calendars and feeds
whats-on-heading = Önümüzdeki iki haftada
whats-on-empty = Önümüzdeki iki hafta için bir şey planlanmadı.
whats-on-more = { $count ->
    [one] Takvimde bir tarih daha
   *[other] Takvimde { $count } tarih daha
}
next-dates = Sonraki tarihler
no-next-dates = Şu anda planlanmış bir tarih yok.
add-to-calendar = Takvimime ekle
calendar-site = Tüm hizmetlerin takvimi
calendar-district = { $district } semtinin takvimi
calendar-hint = Telefonunuzdaki takvim uygulaması için (iCalendar)
archive-heading = Geçmiş etkinlikler
archive-link = Geçmiş etkinlikler
archive-empty = Geçmiş etkinlik yok.
event-over = Bu etkinlik sona erdi.
feed-title = Yeni ve güncellenen hizmetler
feed-link = Haberler (Atom akışı)
today = Bugün
tomorrow = Yarın

## Flyers
flyers-heading = Yazdırmak için broşürler
flyer-single = Broşür: { $language }
flyer-bilingual = Broşür: { $first } ve { $second }
info-sheet = Tüm dillerde bilgi sayfası
file-size = PDF, { $kb } KB
flyer-subtitle = Burada neler var
flyer-contact = Sorunuz mu var? Bize sorun
flyer-scan = Kodu tarayın. Bu sayfayı internette kendi dilinizde görürsünüz.
flyer-footer = { $site } · Son güncelleme: { $date }
print-qr-alt = QR kod: { $url } bağlantısı
print-scan-language = Kodu tarayın: bu teklifi kendi dilinizde okuyun.
poster-single = { $language } afiş ({ $paper })
poster-bilingual = { $first } ve { $second } afiş ({ $paper })

## Offerings list, filters and search
offerings-heading = Tüm hizmetler
search-heading = Ara
filter-heading = Listeyi daralt
filter-district = Semt
filter-day = Haftanın günü
filter-time = Günün saati
time-morning = Öğleden önce
time-afternoon = Öğleden sonra
time-evening = Akşam
filter-any = Tümü
filter-childcare = Sadece çocuk bakımı olanlar
filter-free = Sadece ücretsiz olanlar
filter-reset = Tüm hizmetleri göster
filter-none = Seçiminize uyan hizmet yok. Daha fazlasını görmek için bir filtreyi kaldırın.
browse-heading = Hizmetlere göz atın
audience-offerings-heading = { $name } için hizmetler
search-label = Ne arıyorsunuz?
search-needs-js = Arama için JavaScript gerekir; tarayıcınızda JavaScript kapalı. Tüm hizmetler listede:
search-results = { $count ->
    [one] Bir sonuç
   *[other] { $count } sonuç
}
search-none = Hiçbir şey bulunamadı. Başka bir kelime deneyin ya da listeye bakın:

## Descriptions of pages for search engines (meta description, at most about 160 characters)
description-home = { $site }: semtteki kurslar, buluşma yerleri, danışmanlık ve şenlikler; tarihleri, yerleri ve iletişim bilgileriyle.
description-district = { $district } semtindeki kurslar, buluşma yerleri, danışmanlık ve şenlikler; tarihleri, yerleri ve iletişim bilgileriyle.
description-offering = { $district } semtinde { $kind }: { $title }; tarihleri, yeri, ücreti ve iletişim bilgileriyle.
description-category = { $site }: tüm semtlerde { $name }; tarihleri, yerleri, ücretleri ve iletişim bilgileriyle.
description-audience = { $site }: { $name } için hizmetler; tarihleri, yerleri, ücretleri ve iletişim bilgileriyle.
description-offerings = { $site }: güncel tüm hizmetler tek listede; semte, türe, haftanın gününe ve günün saatine göre daraltılabilir.
description-search = { $site }: tüm hizmetlerde ada, türe, yere ya da dile göre arayın.
description-archive = { $site }: sona ermiş etkinlikler ve hizmetler.
description-page = { $title } – { $site } sitesinden bir sayfa.
description-chooser = { $site } – dilinizi seçin: { $languages }
