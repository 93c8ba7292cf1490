package org.kring.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A deterministic demo community of a Dutch retailer: the same seed and end date always give the same
 * topics, members and ideas. Pure data, no database: {@link DemoSeeder} stores it.
 */
public final class DemoCommunity {

    public record TopicSeed(String slug, String nameNl, String nameEn, String descriptionNl, String descriptionEn) {
    }

    public record MemberSeed(String email, String displayName, String role) {
    }

    public record IdeaSeed(String topicSlug, int authorIndex, String title, String body, String language, Instant createdAt) {
    }

    /** An idea's wording in one language: a title and a body with a {detail} placeholder. */
    private record Wording(String topicSlug, String language, String title, String body) {
    }

    public static final List<TopicSeed> TOPICS = List.of(
            new TopicSeed("verpakking", "Verpakking", "Packaging",
                    "Minder plastic, handiger openen, beter bewaren.", "Less plastic, easier to open, keeps food fresh."),
            new TopicSeed("duurzaamheid", "Duurzaamheid", "Sustainability",
                    "Van lokale boeren tot minder voedselverspilling.", "From local farmers to less food waste."),
            new TopicSeed("app-webshop", "App & webshop", "App & web shop",
                    "Boodschappenlijst, bezorgen en afhalen, de app.", "Shopping list, delivery and pick-up, the app."),
            new TopicSeed("in-de-winkel", "In de winkel", "In the store",
                    "Kassa's, indeling, personeel en openingstijden.", "Checkouts, layout, staff and opening hours."),
            new TopicSeed("assortiment", "Assortiment", "Product range",
                    "Nieuwe producten, huismerk, dieetwensen.", "New products, own brand, dietary needs."),
            new TopicSeed("klantenservice", "Klantenservice", "Customer service",
                    "Retouren, bonuskaart en contact met ons.", "Returns, loyalty card and getting in touch."));

    /** The demo logins, one per role; README lists them. */
    public static final List<MemberSeed> STAFF = List.of(
            new MemberSeed("member@kring.demo", "Sanne de Vries", "MEMBER"),
            new MemberSeed("moderator@kring.demo", "Moderator Mo", "MODERATOR"),
            new MemberSeed("analyst@kring.demo", "Analist Anouk", "ANALYST"),
            new MemberSeed("admin@kring.demo", "Admin Arjen", "ADMIN"));

    public static final String DEMO_PASSWORD = "kring-demo";

    private static final String[] FIRST = {"Sanne", "Daan", "Lotte", "Bram", "Emma", "Jeroen", "Fleur", "Thijs", "Noor",
        "Ruben", "Iris", "Sem", "Anouk", "Lars", "Femke", "Joost", "Maud", "Pieter", "Julia", "Tim", "Sarah", "Mark",
        "Laura", "Kevin", "Eva", "Tom", "Amira", "Yusuf", "Priya", "Oliver"};
    private static final String[] LAST = {"de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
        "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker", "Brouwer", "El Amrani", "Yilmaz",
        "Smith", "Brown"};

    private static final List<Wording> WORDINGS = List.of(
            new Wording("verpakking", "nl", "Minder plastic om komkommers", "Waarom zit er nog plastic om komkommers? {detail} Een papieren band of helemaal niets is genoeg."),
            new Wording("verpakking", "nl", "Hersluitbare verpakkingen voor kaas", "Plakken kaas drogen uit zodra de verpakking open is. {detail} Een hersluitbare verpakking zou veel verspilling schelen."),
            new Wording("verpakking", "nl", "Statiegeld op glazen potten", "Pindakaas en jam zitten in mooie glazen potten. {detail} Met statiegeld komen ze terug in de winkel."),
            new Wording("verpakking", "nl", "Kleinere verpakkingen voor alleenstaanden", "Veel verpakkingen zijn voor gezinnen van vier. {detail} Kleinere porties voorkomen dat ik de helft weggooi."),
            new Wording("verpakking", "en", "Plastic-free fruit and vegetables", "Most loose produce is still wrapped in plastic. {detail} Paper bags at the scale would do."),
            new Wording("verpakking", "en", "Packaging that opens without scissors", "Blister packs are hard to open for older shoppers. {detail} Easy-open packaging would help a lot."),
            new Wording("duurzaamheid", "nl", "Groente van lokale boeren", "Ik koop liever groente uit de buurt. {detail} Zet op het schap van welke boer het komt."),
            new Wording("duurzaamheid", "nl", "Verspilling tegengaan met kortingsstickers", "Producten die vandaag over datum gaan worden weggegooid. {detail} Geef ze 's middags 35% korting."),
            new Wording("duurzaamheid", "nl", "Oplaadpalen op de parkeerplaats", "Ik rijd elektrisch en doe wekelijks boodschappen. {detail} Laadpalen bij de winkel zouden ideaal zijn."),
            new Wording("duurzaamheid", "en", "Show the carbon footprint on the receipt", "I would like to know the climate impact of my shopping. {detail} A footprint line on the receipt would make it visible."),
            new Wording("duurzaamheid", "en", "Donate unsold bread to food banks", "Bread that is left at closing time is thrown away. {detail} Local food banks would be glad to collect it."),
            new Wording("app-webshop", "nl", "Boodschappenlijst delen met huisgenoten", "We doen met z'n drieën boodschappen. {detail} Een gedeelde lijst in de app voorkomt dat we alles dubbel kopen."),
            new Wording("app-webshop", "nl", "Bezorgmoment kiezen per half uur", "Een bezorgvenster van drie uur is te lang. {detail} Laat me een half uur kiezen, ook als het iets meer kost."),
            new Wording("app-webshop", "nl", "Recepten direct in het winkelmandje", "Ik vind een recept in de app en moet alles los zoeken. {detail} Eén knop om alle ingrediënten toe te voegen!"),
            new Wording("app-webshop", "en", "Dark mode in the app", "I make my shopping list late in the evening. {detail} A dark mode would be easier on the eyes."),
            new Wording("app-webshop", "en", "Scan receipts to track spending", "I want to see what I spend on groceries per month. {detail} The app could do that from my receipts."),
            new Wording("in-de-winkel", "nl", "Meer zelfscankassa's in de ochtend", "'s Ochtends is er maar één kassa open. {detail} Meer zelfscankassa's zouden de rij korter maken."),
            new Wording("in-de-winkel", "nl", "Een stil uur voor prikkelgevoelige klanten", "De muziek en het licht zijn voor sommige mensen te veel. {detail} Een stil uur per week maakt de winkel toegankelijk."),
            new Wording("in-de-winkel", "nl", "Plattegrond van de winkel bij de ingang", "Ik kan de glutenvrije producten nooit vinden. {detail} Een duidelijke plattegrond bij de ingang helpt."),
            new Wording("in-de-winkel", "en", "Shopping trolleys for wheelchair users", "Shopping from a wheelchair is hard with a normal basket. {detail} A trolley that clips on would be great."),
            new Wording("in-de-winkel", "en", "Open earlier on Sundays", "Many of us work on Sunday afternoons. {detail} Opening at eight would let us shop before work."),
            new Wording("assortiment", "nl", "Meer vegetarische kant-en-klaarmaaltijden", "Het vegetarische schap is klein en vaak leeg. {detail} Ik zou graag meer keuze zien."),
            new Wording("assortiment", "nl", "Glutenvrij brood dat niet kruimelt", "Het glutenvrije brood valt direct uit elkaar. {detail} Misschien kan een lokale bakker helpen."),
            new Wording("assortiment", "nl", "Huismerk crème fraîche in een kleiner bakje", "Voor één recept heb ik maar een beetje crème fraîche nodig. {detail} Een klein bakje zou fijn zijn."),
            new Wording("assortiment", "en", "More lactose-free yoghurt", "There is only one lactose-free yoghurt. {detail} A Greek-style and a fruit version would be welcome."),
            new Wording("assortiment", "en", "Seasonal produce corner", "I never know what is in season. {detail} A corner with seasonal fruit and vegetables would inspire me."),
            new Wording("klantenservice", "nl", "Bonuskaart in de wallet van mijn telefoon", "Ik vergeet steeds mijn bonuskaart. {detail} In de wallet van mijn telefoon heb ik hem altijd bij me."),
            new Wording("klantenservice", "nl", "Retourneren zonder bon", "Ik ben mijn bon kwijt maar betaalde met pin. {detail} Zoek de aankoop op via mijn pas."),
            new Wording("klantenservice", "en", "Chat with customer service in the evening", "Customer service closes at six. {detail} An evening chat would help people who work during the day."),
            new Wording("klantenservice", "en", "Voting on which discounts come back", "Some discounts I loved never came back. {detail} Let members vote on the returning offers."));

    private static final String[] DETAILS_NL = {"Dit merk ik elke week.", "Mijn buren denken er net zo over.",
        "Bij andere winkels zie ik dit al.", "Het zou ook voor ouderen veel schelen.", "Mijn kinderen vragen er ook steeds om.",
        "Ik hoop dat jullie dit oppakken.", "Het kost weinig en levert veel op."};
    private static final String[] DETAILS_EN = {"I notice it every week.", "My neighbours feel the same.",
        "Other stores already do this.", "It would help older customers too.", "My kids keep asking for it.",
        "I hope you pick this up.", "It costs little and helps a lot."};
    private static final String[] SUFFIX_NL = {"", " in alle winkels", " ook in kleine winkels", " graag snel", " voor iedereen"};
    private static final String[] SUFFIX_EN = {"", " in every store", " in small stores too", " soon please", " for everyone"};

    private final List<MemberSeed> members;
    private final List<IdeaSeed> ideas;

    private DemoCommunity(List<MemberSeed> members, List<IdeaSeed> ideas) {
        this.members = members;
        this.ideas = ideas;
    }

    /**
     * @param seed      the same seed gives the same community
     * @param end       the newest idea is at most this old; the oldest about a year before
     * @param ideaCount how many ideas
     */
    public static DemoCommunity generate(long seed, Instant end, int ideaCount) {
        Random random = new Random(seed);
        List<MemberSeed> members = new ArrayList<>(STAFF);
        for (int i = 0; i < 60; i++) {
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            members.add(new MemberSeed("lid" + (i + 1) + "@kring.demo", name, "MEMBER"));
        }
        long yearSeconds = Duration.ofDays(365).toSeconds();
        List<IdeaSeed> ideas = new ArrayList<>();
        for (int i = 0; i < ideaCount; i++) {
            Wording w = WORDINGS.get(random.nextInt(WORDINGS.size()));
            boolean dutch = w.language().equals("nl");
            String[] suffixes = dutch ? SUFFIX_NL : SUFFIX_EN;
            String[] details = dutch ? DETAILS_NL : DETAILS_EN;
            String title = w.title() + suffixes[random.nextInt(suffixes.length)];
            String body = w.body().replace("{detail}", details[random.nextInt(details.length)]);
            Instant at = end.minusSeconds((long) (yearSeconds * Math.pow(random.nextDouble(), 1.5)));
            ideas.add(new IdeaSeed(w.topicSlug(), random.nextInt(members.size()), title, body, w.language(), at));
        }
        ideas.sort(Comparator.comparing(IdeaSeed::createdAt));
        return new DemoCommunity(List.copyOf(members), List.copyOf(ideas));
    }

    public List<MemberSeed> members() {
        return members;
    }

    public List<IdeaSeed> ideas() {
        return ideas;
    }
}
