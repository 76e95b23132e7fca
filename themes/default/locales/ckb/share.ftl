# Passing a page on, and calendar subscriptions.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.
share-heading = بڵاوی بکەرەوە
share-sms = نامەی SMS
share-email = ئیمەیڵ
share-link = بەستەری ئەم پەڕەیە
share-copy-button = بەستەرەکە کۆپی بکە
share-copied = بەستەرەکە کۆپی کرا
share-button = هاوبەشکردن…
calendar-subscribe = لە ڕۆژژمێر بەشداربە
calendar-subscribe-hint = بەروارە نوێیەکان خۆیان دێن (webcal)
next-dates-add = کرتە لە بەروارێک بکە بۆ زیادکردنی بۆ ڕۆژژمێرەکەت.
