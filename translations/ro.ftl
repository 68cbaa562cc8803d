# The example site's topic and category names (see en.ftl).

## Topics and categories
topic-ehc-plans = Planuri EHC
topic-early-years = Copilăria timpurie
topic-schools = Școli și colegii
topic-transport = Transportul de acasă la școală
topic-preparing-for-adulthood = Pregătirea pentru viața de adult
topic-health = Sănătate
topic-social-care = Asistență socială
topic-money = Bani și ajutoare sociale
topic-advice = Consiliere și sprijin
topic-new-to-luton = Nou-veniți în Luton
category-advice = Consiliere și informații
category-early-years = Copilăria timpurie, creșe și grădinițe
category-education = Școli
category-health = Sănătate și terapie
category-social-care = Asistență socială
category-short-breaks = Servicii de respiro și activități
category-family-support = Sprijin pentru familii
category-post-16 = Colegiu, formare profesională și loc de muncă
category-housing = Locuință și viață independentă
