# The offline page of the default theme (shown by the service worker for a
# page that was not saved), and what it says.
# Every language folder beside this one must have the same message ids, in the same order.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

offline-title = شما آفلاین هستید
offline-text = شما به انترنت وصل نیستید. این صفحه در موبایل شما ذخیره نشده است.
offline-kept = صفحه‌هایی را که هنگام اتصال باز کرده‌اید، بدون انترنت هم می‌توانید بخوانید.
offline-home = رفتن به صفحهٔ اصلی
