# The example site's topic and category names (see en.ftl).

## Topics and categories
topic-ehc-plans = Plany EHC
topic-early-years = Wczesne dzieciństwo
topic-schools = Szkoły i college'e
topic-transport = Transport z domu do szkoły
topic-preparing-for-adulthood = Przygotowanie do dorosłości
topic-health = Zdrowie
topic-social-care = Opieka społeczna
topic-money = Pieniądze i zasiłki
topic-advice = Porady i wsparcie
topic-new-to-luton = Nowi w Luton
category-advice = Porady i informacje
category-early-years = Wczesne dzieciństwo, żłobki i przedszkola
category-education = Szkoły
category-health = Zdrowie i terapia
category-social-care = Opieka społeczna
category-short-breaks = Opieka wytchnieniowa i zajęcia
category-family-support = Wsparcie dla rodzin
category-post-16 = College, szkolenia i praca
category-housing = Mieszkanie i samodzielne życie
