# The example site's topic and category names (see en.ftl).

## Topics and categories
topic-ehc-plans = EHC প্ল্যান
topic-early-years = ছোট শিশুদের প্রথম বছরগুলি
topic-schools = স্কুল ও কলেজ
topic-transport = বাড়ি থেকে স্কুলে যাতায়াতের ব্যবস্থা
topic-preparing-for-adulthood = প্রাপ্তবয়স্ক জীবনের প্রস্তুতি
topic-health = স্বাস্থ্য
topic-social-care = সোশ্যাল কেয়ার (সামাজিক সেবা)
topic-money = টাকাপয়সা ও বেনিফিট (সরকারি ভাতা)
topic-advice = পরামর্শ ও সহায়তা
topic-new-to-luton = Luton-এ নতুন এসেছেন
category-advice = পরামর্শ ও তথ্য
category-early-years = ছোট শিশু ও নার্সারি
category-education = স্কুল
category-health = স্বাস্থ্য ও থেরাপি
category-social-care = সোশ্যাল কেয়ার (সামাজিক সেবা)
category-short-breaks = শর্ট ব্রেক (অল্প সময়ের বিরতি) ও নানা কার্যক্রম
category-family-support = পরিবারের জন্য সহায়তা
category-post-16 = কলেজ, প্রশিক্ষণ ও কাজ
category-housing = বাসস্থান ও স্বাধীনভাবে জীবনযাপন
