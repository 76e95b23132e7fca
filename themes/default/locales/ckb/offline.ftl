# The offline page of the default theme (shown by the service worker for a
# page that was not saved), and what it says.
# Every language folder beside this one must have the same message ids, in the same order.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

offline-title = تۆ ئۆفلاینیت
offline-text = تۆ پەیوەست نیت بە ئینتەرنێتەوە. ئەم پەڕەیە لەسەر مۆبایلەکەت پاشەکەوت نەکراوە.
offline-kept = ئەو پەڕانەی کە لە کاتی پەیوەستبوون کردتەوە، بەبێ ئینتەرنێتیش دەتوانیت بیانخوێنیتەوە.
offline-home = بڕۆ بۆ پەڕەی سەرەکی
