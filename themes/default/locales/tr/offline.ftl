# The offline page of the default theme (shown by the service worker for a
# page that was not saved), and what it says.
# Every language folder beside this one must have the same message ids, in the same order.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

offline-title = Çevrimdışısınız
offline-text = Çevrimdışısınız. Bu sayfa telefonunuza kaydedilmedi.
offline-kept = Çevrimiçiyken açtığınız sayfaları internet olmadan da okuyabilirsiniz.
offline-home = Ana sayfaya git
