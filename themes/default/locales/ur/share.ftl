# Passing a page on, and calendar subscriptions.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.
share-heading = آگے بھیجیں
share-sms = SMS پیغام
share-email = ای میل
share-link = اس صفحے کا لنک
share-copy-button = لنک کاپی کریں
share-copied = لنک کاپی ہو گیا
share-button = شیئر کریں…
calendar-subscribe = کیلنڈر میں سبسکرائب کریں
calendar-subscribe-hint = نئی تاریخیں خود بخود آتی ہیں (webcal)
next-dates-add = کسی تاریخ پر ٹیپ کریں تاکہ وہ آپ کے کیلنڈر میں شامل ہو جائے۔
