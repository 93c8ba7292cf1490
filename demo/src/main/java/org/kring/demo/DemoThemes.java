package org.kring.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The themes customers write ideas about, each a weight curve over the 365 days before the end (day 0 is the start,
 * month m covers days m*365/12 up to (m+1)*365/12) and hand-written wordings in Dutch and English. Ideas draw
 * (theme, day) from the product of the curve and the community's growth, so trend views show true trends:
 * <ul>
 * <li>{@code statiegeld} (verpakking): flat and low (0.3) until the deposit news of month 4 ({@link #NEWS_DAY}), then
 * jumps to 3.3 and settles slowly towards 0.9: rises.</li>
 * <li>{@code plastic-groente} (verpakking): 0.5, plus 3 while the plastic challenge is open (months 2 to 4).</li>
 * <li>{@code verspilling} (duurzaamheid): 0.6, plus 2.5 while the food waste challenge is open (the last 7 weeks).</li>
 * <li>{@code bezorging} (app-webshop): 0.5 all year, 3.5 more in December, 1.8 in November, 0.6 in January
 * (calendar months, whatever the end).</li>
 * <li>{@code dark-mode} (app-webshop): 2.4 at the start, halving about every 55 days to almost nothing: fades.</li>
 * <li>{@code vegan} (assortiment): grows steadily from 0.3 to 2.3.</li>
 * <li>{@code zomer-bbq} (assortiment): 0.1, up to 1.8 in June to August.</li>
 * <li>the others (verpakking-handig, boodschappenlijst, dieetwensen, kassa, toegankelijkheid, lokaal, bonuskaart,
 * klantcontact): flat, 0.7 to 1.0.</li>
 * </ul>
 * In a wording, {@code {x}} is one item of the theme (the same throughout an idea), {@code {X}} that item with a
 * capital and {@code {city}} a Dutch city. Lines start with T (title), X (items, split by |), P (problem), V
 * (proposal), B (bullet for a Markdown list) or C (a comment in a discussion).
 */
final class DemoThemes {

    /** The day of the news that deposits come to more packaging: the start of month 4. */
    static final int NEWS_DAY = 4 * 365 / 12;

    /** A day of the year before the end: its index (0 = a year before), calendar month (1-12), open challenges. */
    record Day(int index, int month, int openChallenges) {

        boolean open(int challenge) {
            return (openChallenges & (1 << challenge)) != 0;
        }
    }

    @FunctionalInterface
    interface Curve {
        double weight(Day day);
    }

    record ChallengeText(String topicSlug, String titleNl, String titleEn, String descriptionNl, String descriptionEn,
            int opensOnDay, int closesOnDay) {
    }

    /** The plastic challenge closed in month 4; the food waste challenge closes 25 days after the end. */
    static final List<ChallengeText> CHALLENGES = List.of(
            new ChallengeText("verpakking", "Hoe halveren we het plastic bij groente en fruit?",
                    "How could we halve plastic in fresh produce?",
                    "Bij groente en fruit gebruiken we nog veel plastic. Welke verpakking kan weg, wat kan anders? "
                            + "Deel je idee: de beste ideeën testen we in tien winkels.",
                    "Fresh produce still uses a lot of plastic. Which packaging can go, what could be done differently? "
                            + "Share your idea: we'll trial the best ones in ten stores.",
                    75, 150),
            new ChallengeText("duurzaamheid", "Hoe gooien we samen minder eten weg?", "How can we waste less food together?",
                    "In de winkel en thuis gaat nog te veel eten verloren. Hoe voorkomen we dat, van schap tot koelkast?",
                    "Too much food is still wasted, in the store and at home. How do we prevent it, from shelf to fridge?",
                    315, 390));

    record Wording(List<String> titles, List<String> items, List<String> problems, List<String> proposals,
            List<String> bullets, List<String> comments) {

        static Wording parse(String text) {
            List<List<String>> parts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>());
            for (String line : text.strip().split("\n")) {
                int part = "TXPVBC".indexOf(line.charAt(0));
                if (part < 0 || line.charAt(1) != ' ') {
                    throw new IllegalStateException("Not a wording line: " + line);
                }
                String rest = line.substring(2).strip();
                parts.get(part).addAll(part == 1 ? List.of(rest.split("\\|")) : List.of(rest));
            }
            if (parts.stream().anyMatch(List::isEmpty)) {
                throw new IllegalStateException("A wording needs every kind of line: " + text);
            }
            return new Wording(List.copyOf(parts.get(0)), List.copyOf(parts.get(1)), List.copyOf(parts.get(2)),
                    List.copyOf(parts.get(3)), List.copyOf(parts.get(4)), List.copyOf(parts.get(5)));
        }
    }

    /**
     * @param challenge the index of the challenge the theme answers, or -1
     * @param appeal    how many votes and comments its ideas draw, relative to 1
     * @param tags      the first is on every idea of the theme, the others on some
     */
    record Theme(String key, String topicSlug, int challenge, double appeal, List<String> tags, Curve curve,
            Wording nl, Wording en) {

        Wording wording(String language) {
            return language.equals("nl") ? nl : en;
        }
    }

    private static Theme theme(String key, String topic, int challenge, double appeal, String tags, Curve curve,
            String nl, String en) {
        return new Theme(key, topic, challenge, appeal, List.of(tags.split(",")), curve, Wording.parse(nl),
                Wording.parse(en));
    }

    private static Curve flat(double weight) {
        return day -> weight;
    }

    private static Curve summer() {
        return day -> switch (day.month()) {
            case 6, 7, 8 -> 1.8;
            case 5 -> 0.8;
            case 9 -> 0.4;
            default -> 0.1;
        };
    }

    private static Curve december() {
        return day -> 0.5 + switch (day.month()) {
            case 12 -> 3.5;
            case 11 -> 1.8;
            case 1 -> 0.6;
            default -> 0;
        };
    }

    static final List<Theme> THEMES = List.of(
            theme("plastic-groente", "verpakking", 0, 1.3, "plastic,groente,fruit,verpakking",
                    day -> 0.5 + (day.open(0) ? 3 : 0), """
                    T Geen plastic meer om {x}
                    T Laat {x} los liggen, zonder plastic
                    T Papieren zakjes bij {x}
                    T Waarom zitten {x} nog in plastic?
                    T {X} zonder verpakking, graag!
                    T Eigen zakjes meenemen voor {x}
                    T Plasticvrije groenteafdeling, te beginnen met {x}
                    X komkommers|paprika's|bananen|appels|tomaten|courgettes|champignons|sperziebonen|mandarijnen|avocado's
                    P Bij de groente ligt bijna alles in plastic, ook {x}. Na één keer boodschappen zit mijn plasticzak thuis al halfvol.
                    P Ik snap dat plastic soms de houdbaarheid helpt, maar {x} hebben echt geen folie nodig.
                    P Elke week gooi ik een berg folie weg, vooral van {x}. Dat voelt niet meer van deze tijd.
                    V Leg {x} los in een krat en zet er papieren zakjes of herbruikbare netjes naast.
                    V Begin met een proef in een paar winkels en kijk of er echt meer weggegooid wordt.
                    V Geef een paar cent korting als je je eigen groentezakje meeneemt, dan doen mensen het vanzelf.
                    B herbruikbare netjes bij de weegschaal
                    B een sticker of laserlogo in plaats van folie
                    B losse {x} per stuk afrekenen
                    B duidelijk aangeven welke groente plasticvrij is
                    C Mee eens, vooral {x} in plastic snap ik echt niet.
                    C Bij de markt in {city} liggen {x} gewoon los en dat gaat prima.
                    C Ik neem al jaren mijn eigen netjes mee, werkt perfect.
                    C Let wel op: zonder folie worden komkommers sneller slap. Dan liever een papieren band.
                    C Zou mooi zijn als de bezorgservice dan ook minder plastic gebruikt.
                    """, """
                    T No more plastic around {x}
                    T Sell {x} loose, without plastic
                    T Paper bags for {x}
                    T Why are {x} still wrapped in plastic?
                    T Let me bring my own bag for {x}
                    X cucumbers|peppers|bananas|apples|tomatoes|courgettes|mushrooms|green beans|tangerines|avocados
                    P Almost everything in the fresh produce section comes in plastic, even {x}. My recycling bin fills up after one shop.
                    P I get that plastic helps some products last longer, but {x} really don't need a wrapper.
                    P Every week I throw away a pile of film, mostly from {x}. It feels so outdated.
                    V Put {x} loose in a crate and offer paper bags or reusable nets next to them.
                    V Try it in a few stores first and measure whether more produce gets thrown away.
                    V Give a small discount when people bring their own produce bag.
                    B reusable nets at the scale
                    B a laser label instead of film
                    B pay for loose {x} per piece
                    B clearly mark which produce is plastic-free
                    C Agree, {x} in plastic makes no sense to me.
                    C At the market in {city} {x} are sold loose and it works fine.
                    C I've been bringing my own nets for years, works great.
                    C Fair point, but without film cucumbers go soft faster. A paper band might be a middle ground.
                    """),
            theme("statiegeld", "verpakking", -1, 1.4, "statiegeld,recycling,blikjes,glas,duurzaamheid",
                    day -> day.index() < NEWS_DAY ? 0.3 : 0.9 + 2.4 * Math.exp(-(day.index() - NEWS_DAY) / 120.0), """
                    T Statiegeld op {x}
                    T Waarom nog geen statiegeld op {x}?
                    T Inleverpunt voor {x} in elke winkel
                    T Statiegeld voor {x} terugkrijgen via de app
                    T Betere inleverautomaat voor {x}
                    T Statiegeld van {x} doneren aan een goed doel
                    T Meer ruimte om {x} in te leveren
                    X blikjes|glazen potten|wijnflessen|sapflessen|yoghurtflessen|melkflessen|kleine petflesjes|frisdrankflessen|jampotten
                    P Sinds het nieuws over meer statiegeld sta ik elke week met een tas vol {x} bij de automaat, en die is vaak vol of kapot.
                    P Ik gooi nog steeds veel {x} in de glasbak of het restafval, terwijl ze prima terug kunnen naar de winkel.
                    P Het inleveren van {x} kost me nu meer tijd dan de boodschappen zelf.
                    V Zet een tweede automaat neer en laat het personeel hem vaker legen.
                    V Schrijf het statiegeld direct bij op mijn bonuskaart of in de app, in plaats van een bonnetje.
                    V Neem ook {x} in, desnoods eerst als proef in een paar winkels.
                    B een tweede automaat bij de ingang
                    B een melding in de app als de automaat vol is
                    B statiegeld direct op de bonuskaart
                    B een knop om het bedrag te doneren
                    B ook {x} innemen
                    C Die automaat in {city} is echt elke zaterdag vol, dus graag!
                    C Doneren aan de voedselbank zou ik meteen aanklikken.
                    C Het bonnetje verlies ik altijd, dus digitaal zou top zijn.
                    C In Duitsland werkt dit al jaren prima, ook voor {x}.
                    C Als het maar niet betekent dat de rij bij de automaat nog langer wordt.
                    """, """
                    T Deposit on {x}
                    T Why is there no deposit on {x} yet?
                    T A return point for {x} in every store
                    T Get the deposit for {x} back in the app
                    T A better return machine for {x}
                    T Donate the deposit on {x} to charity
                    X cans|glass jars|wine bottles|juice bottles|yoghurt bottles|milk bottles|small plastic bottles|jam jars
                    P Since the news about the wider deposit scheme I bring a bag of {x} every week, and the machine is often full or broken.
                    P I still throw a lot of {x} in the bin, while they could easily go back to the store.
                    P Returning {x} now takes me longer than the actual shopping.
                    V Add a second machine and have staff empty it more often.
                    V Put the deposit straight onto my loyalty card or into the app instead of printing a slip.
                    V Accept {x} as well, even if it starts as a trial in a few stores.
                    B a second machine near the entrance
                    B an alert in the app when the machine is full
                    B the deposit straight onto the loyalty card
                    B a button to donate the amount
                    C The machine in {city} is full every Saturday, so yes please!
                    C I'd click donate to the food bank right away.
                    C I always lose the paper slip, digital would be great.
                    C Germany has done this for years, {x} included.
                    """),
            theme("verpakking-handig", "verpakking", -1, 0.9, "verpakking,hersluitbaar,portie,ouderen",
                    flat(0.8), """
                    T Hersluitbare verpakking voor {x}
                    T Kleinere verpakkingen van {x} voor alleenstaanden
                    T {X} die je zonder schaar openkrijgt
                    T De verpakking van {x} kan echt beter
                    T Een zipsluiting op {x}
                    T Minder lucht in de verpakking van {x}
                    X geraspte kaas|vleeswaren|crackers|rijst|diepvriesgroente|koffiebonen|noten|beschuit|tortilla's|spinazie
                    P Zodra ik de {x} open heb, krijg ik het niet meer goed dicht en na een paar dagen is het niet meer lekker.
                    P Ik woon alleen en de verpakking van {x} is voor een gezin van vier. De helft gooi ik weg.
                    P Mijn moeder van 82 krijgt de verpakking van {x} niet open zonder schaar, en soms ook niet met.
                    V Gebruik een simpele zipsluiting, zoals sommige A-merken al doen.
                    V Bied {x} ook aan in een halve verpakking, desnoods voor iets meer per kilo.
                    V Test nieuwe verpakkingen met een groepje oudere klanten voordat ze in de winkel komen.
                    B een zip- of kliksluiting
                    B een scheurlipje dat echt werkt
                    B een halve verpakking naast de gewone
                    B minder lucht en dus minder karton
                    C Herkenbaar, ik doe {x} altijd over in een bakje.
                    C Voor ouderen is dit echt een probleem, mijn vader kan het ook niet.
                    C Kleinere verpakkingen graag, maar dan niet naar verhouding veel duurder.
                    C Bij {x} zou een klemmetje erbij al schelen.
                    """, """
                    T Resealable packs for {x}
                    T Smaller packs of {x} for people living alone
                    T Packs of {x} that open without scissors
                    T The packaging of {x} could be so much better
                    T Less air in the pack of {x}
                    X grated cheese|sliced meats|crackers|rice|frozen vegetables|coffee beans|nuts|tortillas|spinach
                    P Once I open the {x} I can't close the pack properly again, and after a few days it's gone stale.
                    P I live alone and a pack of {x} is sized for a family of four. I end up throwing half away.
                    P My 82-year-old mother can't open the {x} without scissors, and sometimes not even with them.
                    V Use a simple zip seal, some big brands already do.
                    V Offer {x} in a half-size pack too, even if it costs a bit more per kilo.
                    V Test new packaging with a group of older customers before it hits the shelves.
                    B a zip or click seal
                    B a tear strip that actually works
                    B a half-size pack next to the regular one
                    C Recognisable, I always move {x} into a container.
                    C This is a real issue for older people, my dad struggles too.
                    C Smaller packs please, as long as they're not much pricier per kilo.
                    """),
            theme("bezorging", "app-webshop", -1, 1.2, "bezorging,bezorgmoment,webshop,feestdagen",
                    december(), """
                    T Bezorgmoment kiezen per half uur
                    T Meer bezorgmomenten rond {x}
                    T Melding als er een bezorgmoment vrijkomt rond {x}
                    T Bezorgmoment eerder reserveren voor {x}
                    T Live volgen van de bezorger
                    T Wachtlijst voor volle bezorgmomenten rond {x}
                    T Extra bezorgbussen rond {x}
                    X de feestdagen|kerst|oud en nieuw|Sinterklaas|het weekend|de zaterdagochtend|de avonduren|zondag|Pasen
                    P Rond {x} zijn alle bezorgmomenten binnen een uur na openen weg. Ik zat om middernacht klaar en was alsnog te laat.
                    P Een bezorgvenster van twee uur is lastig als je werkt. Zeker rond {x} wil je weten wanneer de boodschappen komen.
                    P Vorige keer kwam de bezorging rond {x} anderhalf uur te laat, zonder bericht.
                    V Laat me een bezorgmoment een week eerder vastleggen, eventueel tegen een kleine toeslag.
                    V Stuur een melding als iemand een bezorgmoment annuleert, dan kan ik dat alsnog pakken.
                    V Laat in de app live zien waar de bezorger is, zoals bij pakketdiensten.
                    B bezorgmomenten van een half uur
                    B een wachtlijst voor volle momenten
                    B live volgen van de bus
                    B een sms een kwartier van tevoren
                    B extra bussen rond {x}
                    C Rond kerst vorig jaar was echt alles vol, heel frustrerend.
                    C In {city} is het zaterdag altijd vol, dus een wachtlijst zou helpen.
                    C Live volgen zou super zijn, dan hoef ik niet de hele avond thuis te zitten.
                    C Ik betaal graag een euro extra voor een kortere tijd.
                    C Bij ons komt de bezorger juist altijd netjes op tijd, maar een melding vooraf blijft fijn.
                    """, """
                    T Choose a delivery slot per half hour
                    T More delivery slots around {x}
                    T Notify me when a delivery slot opens up around {x}
                    T Book a delivery slot earlier for {x}
                    T Live tracking of my delivery
                    T A waiting list for full slots around {x}
                    X the holidays|Christmas|New Year's Eve|the weekend|Saturday morning|weekday evenings|Sunday|Easter
                    P Around {x} every delivery slot is gone within an hour. I was ready at midnight and still too late.
                    P A two-hour delivery window is hard when you work. Especially around {x} you want to know when the groceries arrive.
                    P Last time my delivery around {x} was ninety minutes late, without any message.
                    V Let me book a slot a week earlier, even for a small fee.
                    V Send a notification when someone cancels a slot so I can grab it.
                    V Show the driver's location live in the app, like parcel services do.
                    B half-hour delivery slots
                    B a waiting list for full slots
                    B live tracking of the van
                    B a text fifteen minutes before arrival
                    C Everything was fully booked last Christmas, so frustrating.
                    C In {city} Saturdays are always full, a waiting list would help.
                    C I'd happily pay a euro extra for a shorter window.
                    """),
            theme("dark-mode", "app-webshop", -1, 0.8, "dark-mode,app,toegankelijkheid",
                    day -> 0.04 + 2.4 * Math.exp(-day.index() / 80.0), """
                    T Donkere modus voor {x}
                    T Dark mode in {x} graag
                    T Nachtstand voor {x}
                    T Donkere modus ook in {x}
                    T Minder fel wit in {x}
                    T Donkere modus, te beginnen met {x}
                    X de app|de webshop|de boodschappenlijst|de aanbiedingen|de recepten|de digitale kassabonnen|de Android-app|de iPhone-app|de tabletversie
                    P Ik maak mijn boodschappenlijst 's avonds laat op de bank en {x} is dan verblindend wit.
                    P Bijna alle apps op mijn telefoon hebben een donkere modus, alleen {x} nog niet.
                    P Voor mensen met migraine of slechtziendheid is een fel wit scherm vervelend, ook in {x}.
                    V Volg gewoon de instelling van de telefoon, dan hoeft niemand iets te doen.
                    V Voeg bij de instellingen een knop toe om licht of donker te kiezen.
                    V Zorg dat de kleuren van de aanbiedingen in het donker goed leesbaar blijven.
                    B de systeeminstelling volgen
                    B een eigen schakelaar in de instellingen
                    B genoeg contrast voor slechtzienden
                    B ook de webshop meenemen
                    C Ja! Ik zet mijn scherm 's avonds op de laagste stand en dan nog is het te fel.
                    C Lijkt me een kleine moeite voor de ontwikkelaars.
                    C Sinds de laatste update werkt de donkere modus bij mij al, check je versie.
                    C Graag ook voor {x}, daar zit ik het meest.
                    """, """
                    T Dark mode for {x}
                    T Please add dark mode to {x}
                    T Night theme for {x}
                    T Less bright white in {x}
                    T Dark mode, starting with {x}
                    X the app|the web shop|the shopping list|the offers page|the recipes|the digital receipts|the Android app|the iPhone app|the tablet version
                    P I make my shopping list late at night and {x} is blindingly white.
                    P Nearly every app on my phone has a dark mode, except {x}.
                    P For people with migraines or low vision a bright white screen is painful, {x} included.
                    V Just follow the phone's setting, then nobody has to do anything.
                    V Add a switch in the settings to choose light or dark.
                    V Make sure the colours of the offers stay readable in the dark.
                    B follow the system setting
                    B a switch in the settings
                    B enough contrast for low vision
                    C Yes! Even at the lowest brightness it's too bright at night.
                    C Seems like a small job for the developers.
                    C Since the last update it already works for me, check your version.
                    """),
            theme("boodschappenlijst", "app-webshop", -1, 1.0, "boodschappenlijst,app,recepten,webshop",
                    flat(1.0), """
                    T Boodschappenlijst delen met {x}
                    T Samen één lijst bijhouden met {x}
                    T Favorieten delen met {x}
                    T Recepten met één klik in het winkelmandje
                    T Lijst sorteren op looproute in de winkel
                    T Laat zien in welk gangpad een product ligt
                    T Prijs per kilo tonen in de app
                    T Vaste boodschappen automatisch op de lijst
                    T Boodschappenlijst aanvullen met spraak
                    T Bonusaanbiedingen op mijn lijst markeren
                    X mijn partner|huisgenoten|mijn ouders|de hele familie|mijn studentenhuis|de oppas|mijn buurvrouw|mijn kinderen
                    P Wij doen de boodschappen met z'n allen en kopen steeds dingen dubbel, omdat niemand weet wat er al op de lijst staat.
                    P In de app moet ik alles los opzoeken, ook als ik een recept van jullie eigen site volg.
                    P Ik loop in de winkel heen en weer omdat mijn lijst niet in de volgorde van de gangpaden staat.
                    P Mijn lijst is elke week grotendeels hetzelfde, toch moet ik alles opnieuw toevoegen.
                    V Maak een gedeelde lijst waar {x} ook in kan, met een melding als er iets bijkomt.
                    V Sorteer de lijst op de indeling van mijn vaste winkel.
                    V Laat me vaste producten als standaardlijst bewaren.
                    B delen met {x}
                    B sorteren op gangpad
                    B vaste producten als standaardlijst
                    B prijs per kilo naast de prijs
                    B afvinken werkt ook offline
                    C Dit zou ons gezin zoveel gedoe schelen.
                    C Offline afvinken is belangrijk, in de winkel in {city} heb ik nauwelijks bereik.
                    C Ik gebruik nu een losse notitie-app, dus dit mag echt in jullie app.
                    C Sorteren op gangpad, ja! Dan ben ik in tien minuten klaar.
                    C En graag ook delen met {x}, dat zou helpen.
                    """, """
                    T Share my shopping list with {x}
                    T Share favourites with {x}
                    T Add a recipe to the basket in one tap
                    T Sort the list by the route through the store
                    T Show which aisle a product is in
                    T Show the price per kilo in the app
                    T Recurring items added to my list automatically
                    X my partner|my housemates|my parents|the whole family|my flatmates|the babysitter|my kids
                    P We shop as a household and keep buying things twice because nobody knows what's already on the list.
                    P In the app I have to look up every ingredient separately, even for a recipe from your own site.
                    P I walk back and forth in the store because my list isn't in aisle order.
                    V Make a shared list that {x} can use too, with a notification when something is added.
                    V Sort the list by the layout of my usual store.
                    V Let me save recurring items as a standard list.
                    B sharing with {x}
                    B sorting by aisle
                    B recurring items as a standard list
                    B ticking off works offline
                    C This would save our family so much hassle.
                    C Offline ticking off matters, the store in {city} has hardly any signal.
                    C I use a separate notes app now, this really belongs in yours.
                    """),
            theme("vegan", "assortiment", -1, 1.3, "vegan,plantaardig,vegetarisch,huismerk",
                    day -> 0.3 + 2.0 * day.index() / 364.0, """
                    T Meer plantaardige {x} in het huismerk
                    T Vegan {x} in elke winkel
                    T Plantaardige {x} naast de gewone in het schap
                    T Betaalbare vegan {x}
                    T Een vegan alternatief voor {x}
                    T Plantaardige {x} in de aanbieding
                    T Vegetarische {x} ook in kleine winkels
                    X kaas|yoghurt|kipstukjes|gehaktballen|pizza's|kant-en-klaarmaaltijden|slagroom|snacks|burgers|worstjes
                    P Ik eet sinds dit jaar plantaardig, maar de keuze in vegan {x} is klein en het schap is vaak leeg.
                    P Bij ons thuis eten we drie dagen per week vegetarisch, maar voor vegan {x} betaal ik bijna het dubbele.
                    P Mijn dochter is vegan geworden en ik zoek me elke week suf naar {x} zonder dierlijke producten.
                    V Zet plantaardige {x} gewoon naast de gewone, in plaats van in een apart hoekje.
                    V Breng een huismerkvariant uit, dan wordt het ook betaalbaar.
                    V Geef de app een filter voor vegan, zodat je snel ziet wat er is.
                    B een huismerkvariant
                    B naast de gewone producten in het schap
                    B een veganfilter in de app
                    B een duidelijk logo op de verpakking
                    B af en toe in de bonus
                    C Ja graag! Vegan {x} van het huismerk zou ik meteen proberen.
                    C In {city} is het vegan schap piepklein, dus dit is hard nodig.
                    C Ik ben geen veganist, maar eet steeds vaker plantaardig. De prijs is voor mij doorslaggevend.
                    C Let ook op suiker en zout, sommige vervangers zijn echt ongezond.
                    C Naast de gewone producten zetten vind ik slim, dan ontdek je het vanzelf.
                    """, """
                    T More plant-based {x} in the own brand
                    T Vegan {x} in every store
                    T Plant-based {x} next to the regular ones
                    T Affordable vegan {x}
                    T A vegan alternative to {x}
                    T Plant-based {x} on offer
                    X cheese|yoghurt|chicken pieces|meatballs|pizzas|ready meals|whipped cream|snacks|burgers|sausages
                    P I switched to a plant-based diet this year, but the choice of vegan {x} is small and the shelf is often empty.
                    P We eat vegetarian three days a week at home, but I pay almost double for vegan {x}.
                    P My daughter went vegan and every week I struggle to find {x} without animal products.
                    V Put plant-based {x} next to the regular ones instead of in a separate corner.
                    V Launch an own-brand version so it becomes affordable.
                    V Add a vegan filter in the app so you can quickly see what's available.
                    B an own-brand version
                    B on the shelf next to the regular products
                    B a vegan filter in the app
                    B a clear logo on the pack
                    C Yes please! I'd try own-brand vegan {x} right away.
                    C In {city} the vegan shelf is tiny, so this is much needed.
                    C Not vegan myself, but I eat more plant-based every month. Price decides it for me.
                    """),
            theme("dieetwensen", "assortiment", -1, 0.9, "glutenvrij,lactosevrij,allergie,dieet",
                    flat(0.8), """
                    T Glutenvrije {x} die echt lekker zijn
                    T Glutenvrije {x} die niet uit elkaar vallen
                    T Meer keuze in glutenvrije {x}
                    T Lactosevrije {x} in het huismerk
                    T Allergenen groter op de verpakking van {x}
                    T Een vast schap voor glutenvrije {x}
                    T Notenvrije {x} voor op school
                    X broodjes|crackers|koekjes|wraps|pizzabodems|ontbijtgranen|tussendoortjes|taartjes
                    P Ik heb coeliakie en de glutenvrije {x} zijn vaak binnen een dag droog, of uitverkocht.
                    P Mijn zoon heeft een notenallergie, dus ik lees elke verpakking {x} drie keer. De allergenen staan in piepkleine letters.
                    P Glutenvrij eten is voor mij geen trend maar noodzaak. Toch is de keuze in {x} minimaal.
                    V Werk samen met een lokale bakker die glutenvrij bakt.
                    V Zet allergenen met een duidelijk icoon op de voorkant van de verpakking.
                    V Maak in de app een filter op allergieën, dan zie ik meteen wat ik kan kopen.
                    B een allergiefilter in de app
                    B iconen voor de veertien allergenen
                    B glutenvrije {x} van een lokale bakker
                    B een vast schap, niet verspreid door de winkel
                    C Als coeliakiepatiënt kan ik dit alleen maar onderschrijven.
                    C Een allergiefilter in de app zou mijn leven veel makkelijker maken.
                    C In {city} liggen de glutenvrije {x} tussen de gewone, ik kan ze nooit vinden.
                    C Lactosevrij mag ook wel wat meer aandacht krijgen.
                    """, """
                    T Gluten-free {x} that actually taste good
                    T Gluten-free {x} that don't fall apart
                    T More choice in gluten-free {x}
                    T Lactose-free {x} in the own brand
                    T Bigger allergen labels on {x}
                    T Nut-free {x} for school lunches
                    X rolls|crackers|biscuits|wraps|pizza bases|cereals|snacks|cakes
                    P I have coeliac disease and the gluten-free {x} are often dry within a day, or sold out.
                    P My son has a nut allergy so I read every pack of {x} three times. The allergens are in tiny print.
                    P Gluten-free is not a trend for me but a necessity. Still the choice of {x} is minimal.
                    V Work with a local bakery that bakes gluten-free.
                    V Put the allergens on the front of the pack with a clear icon.
                    V Add an allergy filter in the app so I see at once what I can buy.
                    B an allergy filter in the app
                    B icons for the fourteen allergens
                    B one fixed shelf instead of spread through the store
                    C As a coeliac I can only agree.
                    C An allergy filter in the app would make my life so much easier.
                    C Lactose-free deserves more attention too.
                    """),
            theme("zomer-bbq", "assortiment", -1, 1.0, "zomer,bbq,seizoen",
                    summer(), """
                    T Meer {x} op voorraad bij mooi weer
                    T Meer keuze in {x} voor de barbecue
                    T Zomerpakket met {x}
                    T Kleinere verpakkingen {x} voor een barbecue met twee
                    T Vegetarische {x} voor de barbecue
                    T Bij een hittegolf genoeg {x} in de koeling
                    X spiesjes|burgers|salades|sauzen|worstjes|stokbroden|marinades|kipspiesjes
                    P Elke keer als het mooi weer wordt, zijn de {x} om vier uur 's middags al op.
                    P Wij barbecueën vaak met z'n tweeën, maar {x} zijn alleen in grote familieverpakkingen te koop.
                    P Op warme dagen is het in de winkel in {city} één grote chaos bij de barbecueproducten.
                    V Kijk naar de weersverwachting en bestel extra {x} als het warm wordt.
                    V Maak een zomerpakket voor twee personen, met vlees én vegetarisch.
                    V Zet een extra koeling met barbecueproducten bij de ingang.
                    B extra voorraad bij een warme weersverwachting
                    B pakketten voor twee personen
                    B vegetarische opties naast het vlees
                    B ijsblokjes en houtskool bij elkaar
                    C Zo herkenbaar, vorige zomer greep ik elke zaterdag mis.
                    C Een pakket voor twee zou ik zeker kopen.
                    C Vergeet de vegetariërs niet, die {x} zijn altijd als eerste op.
                    C In {city} stond er laatst gewoon een lege koeling. Jammer.
                    """, """
                    T More {x} in stock when it's sunny
                    T More choice in {x} for the barbecue
                    T A summer pack with {x}
                    T Smaller packs of {x} for a barbecue for two
                    T Vegetarian {x} for the barbecue
                    X skewers|burgers|salads|sauces|sausages|baguettes|marinades|chicken skewers
                    P Every time the weather gets nice, the {x} are gone by four in the afternoon.
                    P We often barbecue as a couple, but {x} only come in big family packs.
                    P On hot days the barbecue section in {city} is pure chaos.
                    V Watch the forecast and order extra {x} when it gets warm.
                    V Make a summer pack for two, with meat and a vegetarian option.
                    V Put an extra fridge with barbecue products near the entrance.
                    B extra stock when warm weather is forecast
                    B packs for two people
                    B vegetarian options next to the meat
                    C So recognisable, last summer I missed out every Saturday.
                    C I would definitely buy a pack for two.
                    C Don't forget the vegetarians, those {x} always sell out first.
                    """),
            theme("kassa", "in-de-winkel", -1, 1.0, "kassa,zelfscan,wachttijd,personeel",
                    flat(1.0), """
                    T Meer kassa's open tijdens {x}
                    T Kortere rijen bij de zelfscan tijdens {x}
                    T Een snelkassa voor kleine boodschappen tijdens {x}
                    T Meer personeel bij de kassa tijdens {x}
                    T Zelfscan zonder controle voor vaste klanten
                    T Een hulpknop bij de zelfscan
                    T Pinnen bij de zelfscan sneller maken
                    T Een snelkassa voor maximaal tien producten
                    X de zaterdagochtend|de lunchpauze|de avondspits|de koopavond|de zondagmiddag|de ochtend|de feestdagen|schoolvakanties
                    P Tijdens {x} staat er een lange rij en is maar één kassa open. Ik sta langer in de rij dan dat ik boodschappen doe.
                    P Bij de zelfscan krijg ik bijna elke keer een controle, ook al kom ik hier al jaren.
                    P Als de zelfscan vastloopt, is er vaak niemand te vinden die kan helpen.
                    V Zet tijdens {x} iemand extra bij de kassa's die kan bijspringen.
                    V Open een snelkassa voor mensen met een paar producten.
                    V Controleer vaste klanten met een goede geschiedenis minder vaak.
                    B een snelkassa voor tien producten
                    B een hulpknop bij de zelfscan
                    B minder controles voor vaste klanten
                    B een scherm met de wachttijd
                    C In {city} is het tijdens {x} ook altijd raak.
                    C Die controles zijn echt irritant als je een volle kar hebt.
                    C Ik mis de gewone kassa's, niet iedereen wil zelf scannen.
                    C Een snelkassa zou zoveel schelen als je alleen brood komt halen.
                    C Het personeel doet z'n best, het ligt echt aan de bezetting.
                    """, """
                    T More checkouts open during {x}
                    T Shorter queues at self-checkout during {x}
                    T An express lane for small baskets during {x}
                    T More staff at the tills during {x}
                    T Skip the self-scan audit for regular customers
                    T A help button at the self-checkout
                    X Saturday mornings|lunch breaks|the evening rush|late-night shopping|Sunday afternoons|mornings|the holidays|school holidays
                    P During {x} there's a long queue and only one checkout open. I queue longer than I shop.
                    P At self-checkout I get audited almost every time, even though I've been shopping here for years.
                    P When the self-checkout gets stuck there's often nobody around to help.
                    V Put an extra person at the tills during {x} to step in.
                    V Open an express lane for people with only a few items.
                    V Audit regular customers with a good track record less often.
                    B an express lane for ten items
                    B a help button at the self-checkout
                    B fewer audits for regulars
                    C Same in {city} during {x}.
                    C Those audits are really annoying with a full trolley.
                    C I miss the staffed tills, not everyone wants to scan themselves.
                    """),
            theme("toegankelijkheid", "in-de-winkel", -1, 0.9, "toegankelijkheid,stil-uur,ouderen,rolstoel",
                    flat(0.7), """
                    T Een stil uur voor {x}
                    T Winkel beter toegankelijk voor {x}
                    T Winkelwagens die geschikt zijn voor {x}
                    T Prijskaartjes die leesbaar zijn voor {x}
                    T Een rustpunt met een bankje voor {x}
                    T Hulp bij de hoge schappen voor {x}
                    T Bredere gangpaden voor {x}
                    X ouderen|rolstoelgebruikers|mensen met autisme|slechtzienden|ouders met kleine kinderen|mensen met een rollator|prikkelgevoelige klanten|mensen met dementie
                    P Voor {x} is boodschappen doen een opgave: harde muziek, fel licht en volle gangpaden.
                    P Mijn moeder hoort bij de {x} die niet meer alleen naar de winkel durven.
                    P De bovenste schappen en kleine prijskaartjes zijn voor {x} bijna niet te doen.
                    V Zet één uur per week de muziek uit en dim het licht.
                    V Zet bij de ingang een bankje en een plek waar je om hulp kunt vragen.
                    V Train het personeel in het helpen van {x}.
                    B één stil uur per week
                    B een bankje bij de ingang
                    B grotere prijskaartjes
                    B personeel dat weet hoe het kan helpen
                    C Mijn zoon heeft autisme en een stil uur zou echt een verschil maken.
                    C In {city} doen ze dit al op dinsdagochtend, werkt prima.
                    C Een bankje klinkt klein, maar mijn vader zou er zo blij mee zijn.
                    C Graag ook rekening houden met {x}.
                    """, """
                    T A quiet hour for {x}
                    T Make the store more accessible for {x}
                    T Trolleys suitable for {x}
                    T Price labels that {x} can read
                    T A seat to rest for {x}
                    T Wider aisles for {x}
                    X older customers|wheelchair users|autistic people|people with low vision|parents with toddlers|people with a walker|sensory-sensitive shoppers|people with dementia
                    P For {x} grocery shopping is a struggle: loud music, bright lights and crowded aisles.
                    P My mother is one of the {x} who no longer dare to shop alone.
                    P The top shelves and tiny price labels are nearly impossible for {x}.
                    V Keep the music off and the lights dimmed for one hour a week.
                    V Put a bench near the entrance and a point where you can ask for help.
                    V Train staff in helping {x}.
                    B one quiet hour a week
                    B a bench near the entrance
                    B bigger price labels
                    C My son is autistic and a quiet hour would make a real difference.
                    C In {city} they already do this on Tuesday mornings, works well.
                    C Please keep {x} in mind too.
                    """),
            theme("verspilling", "duurzaamheid", 1, 1.2, "verspilling,houdbaarheid,korting,voedselbank",
                    day -> 0.6 + (day.open(1) ? 2.5 : 0), """
                    T Korting op {x} aan het eind van de dag
                    T {X} van vandaag voor de halve prijs na 19 uur
                    T Overgebleven {x} naar de voedselbank
                    T Verrassingspakket met {x} via de app
                    T Een schap 'bijna over datum' voor {x}
                    T Minder {x} inkopen op rustige dagen
                    T Houdbaarheid van {x} beter zichtbaar maken
                    X brood|groente|fruit|zuivel|vlees|kant-en-klaarmaaltijden|gebak|bloemen|vis
                    P Ik zag gisteren bij sluitingstijd een kar vol {x} richting de container gaan. Zonde!
                    P Bij ons thuis gooien we te veel weg, maar in de winkel gaat er ook veel {x} verloren.
                    P Elke avond blijft er {x} over, terwijl er genoeg mensen zijn die het graag zouden kopen.
                    V Geef vanaf 19 uur 50% korting op {x} van vandaag.
                    V Verkoop een verrassingspakket via de app, zoals bij Too Good To Go.
                    V Maak vaste afspraken met de voedselbank in de buurt.
                    B 50% korting na 19 uur
                    B een verrassingspakket in de app
                    B een vaste ophaaldag voor de voedselbank
                    B een schap 'bijna over datum'
                    C Geweldig idee, ik zou daar speciaal voor 's avonds langskomen.
                    C De voedselbank in {city} kan dit echt goed gebruiken.
                    C Het kortingsschap bij ons is altijd binnen een kwartier leeg.
                    C Doe het wel netjes, niet alles in een rommelige bak.
                    C Mooi dat jullie hier een challenge van maken!
                    """, """
                    T Discount on {x} at the end of the day
                    T Today's {x} half price after 7 pm
                    T Leftover {x} to the food bank
                    T A surprise bag with {x} in the app
                    T A 'nearly expired' shelf for {x}
                    T Order less {x} on quiet days
                    X bread|vegetables|fruit|dairy|meat|ready meals|pastries|flowers|fish
                    P Yesterday at closing time I saw a trolley full of {x} heading for the bin. Such a waste!
                    P We throw too much away at home, but the store loses a lot of {x} too.
                    P Every evening there is {x} left over, while plenty of people would gladly buy it.
                    V From 7 pm give 50% off today's {x}.
                    V Sell a surprise bag through the app, like Too Good To Go.
                    V Set up a fixed arrangement with the local food bank.
                    B 50% off after 7 pm
                    B a surprise bag in the app
                    B a fixed pick-up day for the food bank
                    C Great idea, I'd come by in the evening just for this.
                    C The food bank in {city} could really use this.
                    C Nice that you made this a challenge!
                    """),
            theme("lokaal", "duurzaamheid", -1, 1.0, "lokaal,boeren,seizoen,klimaat",
                    flat(0.8), """
                    T {X} van boeren uit de buurt
                    T Naam van de boer bij de {x}
                    T Lokale {x} in het schap
                    T Seizoensgebonden {x} uit Nederland
                    T Een streekhoek met {x} en andere streekproducten
                    T Eerlijke prijs voor boeren die {x} leveren
                    T Minder ver gevlogen {x}
                    X aardappelen|aardbeien|kaas|eieren|appels|asperges|honing|tomaten|peren|boerenyoghurt
                    P Ik koop liever {x} van dichtbij, maar in de winkel staat nergens waar het vandaan komt.
                    P Hier komt alles van ver, terwijl je {x} vlak bij {city} gewoon bij de boer kunt halen.
                    P Boeren krijgen bijna niets voor hun producten. Ik betaal graag iets meer voor {x} als dat bij de boer terechtkomt.
                    V Zet bij de {x} op het schapkaartje van welke boer of uit welke regio het product komt.
                    V Maak een hoek met streekproducten die per winkel verschilt.
                    V Laat in de app op een kaartje zien waar de producten vandaan komen.
                    B de naam van de boer op het kaartje
                    B een streekhoek per winkel
                    B Nederlandse {x} als het seizoen is
                    B een eerlijke prijs voor de boer
                    C Bij ons in {city} zit een kaasboer op vijf minuten, waarom liggen die producten hier niet?
                    C Mooi idee, zolang het niet alleen marketing is.
                    C Ik koop {x} nu bij de boerderijwinkel, zou makkelijker zijn in de supermarkt.
                    C Goed voor het klimaat én voor de boeren.
                    """, """
                    T {X} from local farmers
                    T Name the farmer on the {x} label
                    T Local {x} on the shelf
                    T Seasonal {x} from the Netherlands
                    T A local corner with {x} and other regional products
                    T A fair price for farmers who supply {x}
                    X potatoes|strawberries|cheese|eggs|apples|asparagus|honey|tomatoes|pears|farm yoghurt
                    P I'd rather buy {x} from nearby, but nothing in the store says where it comes from.
                    P Everything here comes from far away, while you can buy {x} straight from a farm near {city}.
                    P Farmers get next to nothing. I'd gladly pay a bit more for {x} if it goes to the farmer.
                    V Put the farm or region on the shelf label for the {x}.
                    V Make a corner with regional products that differs per store.
                    V Show on a map in the app where products come from.
                    B the farmer's name on the label
                    B a regional corner in each store
                    B a fair price for the farmer
                    C There's a cheese farm five minutes from us in {city}, why aren't their products here?
                    C Nice idea, as long as it's not just marketing.
                    C Good for the climate and for the farmers.
                    """),
            theme("bonuskaart", "klantenservice", -1, 1.0, "bonuskaart,korting,aanbiedingen,app",
                    flat(0.9), """
                    T Persoonlijke bonus op {x}
                    T Stemmen welke aanbieding op {x} terugkomt
                    T Bonuskaartkorting ook op {x}
                    T Spaaractie voor {x}
                    T Korting op {x} automatisch verrekenen
                    T Bonuskaart in de wallet van mijn telefoon
                    T Eén bonuskaart voor het hele huishouden
                    T Overzicht van mijn besparing per maand
                    X koffie|wasmiddel|luiers|vers fruit|zuivel|ontbijtgranen|huismerkproducten|verse vis|babyvoeding|diepvriespizza's
                    P Ik krijg elke week aanbiedingen voor dingen die ik nooit koop, en voor {x} zie ik zelden korting.
                    P Ik vergeet steeds mijn bonuskaart en loop daardoor elke week korting mis.
                    P Met twee volwassenen en twee pubers hebben we vier kaarten en niemand weet wie wat gespaard heeft.
                    V Laat me zelf een paar producten kiezen waarop ik vaste korting krijg, bijvoorbeeld {x}.
                    V Zet de bonuskaart in de wallet van mijn telefoon, dan heb ik hem altijd bij me.
                    V Laat leden stemmen welke aanbiedingen terugkomen.
                    B zelf producten kiezen voor korting
                    B de kaart in de wallet van de telefoon
                    B één account voor het huishouden
                    B een maandoverzicht van wat ik bespaard heb
                    C Ja! Ik krijg altijd korting op dingen die ik nooit koop.
                    C Stemmen op aanbiedingen past precies bij deze community.
                    C Eén kaart voor het hele gezin zou bij ons veel schelen.
                    C Bij mij staat hij al in de wallet via de app, zoek even bij instellingen.
                    """, """
                    T Personal discount on {x}
                    T Let members vote which {x} offer comes back
                    T Loyalty card discounts on {x}
                    T Automatic discount on {x} without coupons
                    T My loyalty card in my phone's wallet
                    T One loyalty card for the whole household
                    T A monthly overview of what I saved
                    X coffee|detergent|nappies|fresh fruit|dairy|cereals|own-brand products|fresh fish|baby food|frozen pizzas
                    P Every week I get offers on things I never buy, and hardly ever a discount on {x}.
                    P I keep forgetting my loyalty card and miss discounts every week.
                    P With two adults and two teenagers we have four cards and nobody knows who saved what.
                    V Let me pick a few products, {x} for example, that I always get a discount on.
                    V Put the loyalty card in my phone's wallet so I always have it.
                    V Let members vote on which offers come back.
                    B choose my own discounted products
                    B the card in the phone wallet
                    B one account for the household
                    C Yes! I always get discounts on things I never buy.
                    C Voting on offers fits this community perfectly.
                    C One card for the whole family would help us a lot.
                    """),
            theme("klantcontact", "klantenservice", -1, 0.8, "klantenservice,retour,chat,terugbetaling",
                    flat(0.7), """
                    T Sneller geld terug bij {x}
                    T Via de chat melden van {x}
                    T Foto uploaden bij {x}
                    T Klantenservice 's avonds bereikbaar bij {x}
                    T Bij {x} meteen een tegoedbon in de app
                    T Retourneren zonder bon
                    T Een echte medewerker in de chat
                    T Terugbellen in plaats van in de wacht staan
                    X een kapotte bezorging|een verkeerde bezorging|producten die over datum zijn|een dubbele afschrijving|een ontbrekend product|een kapotte fles|beschimmeld brood|een gemiste bezorging
                    P Vorige week had ik {x}. Ik heb drie kwartier in de wacht gestaan voordat ik iemand sprak.
                    P De klantenservice is alleen overdag bereikbaar, maar ik werk ook overdag. Bij {x} wil ik het meteen kunnen melden.
                    P Na {x} duurde het twee weken voordat ik mijn geld terug had.
                    V Laat me {x} in de app melden met een foto, en zet het bedrag direct terug.
                    V Houd de chat open tot tien uur 's avonds.
                    V Bied terugbellen aan in plaats van een wachtrij.
                    B melden met een foto in de app
                    B chat tot tien uur 's avonds
                    B terugbellen in plaats van wachten
                    B direct een tegoedbon
                    C Terugbellen zou zo fijn zijn, die wachtmuziek ken ik inmiddels uit mijn hoofd.
                    C Ik had laatst {x} en kreeg via de chat binnen vijf minuten mijn geld terug, dus het kan wel.
                    C 's Avonds bereikbaar zijn is echt nodig voor mensen die werken.
                    C Graag wel een mens in de chat, geen bot die steeds hetzelfde zegt.
                    """, """
                    T Faster refunds for {x}
                    T Report {x} in the chat
                    T Upload a photo for {x}
                    T Customer service in the evening for {x}
                    T Returns without a receipt
                    T A real person in the chat
                    T Call me back instead of keeping me on hold
                    X a damaged delivery|a wrong delivery|expired products|a double charge|a missing item|a broken bottle|mouldy bread|a missed delivery
                    P Last week I had {x}. I was on hold for forty-five minutes before I spoke to someone.
                    P Customer service is only open during the day, but I work during the day. With {x} I want to report it straight away.
                    P After {x} it took two weeks to get my money back.
                    V Let me report {x} in the app with a photo and refund it straight away.
                    V Keep the chat open until ten in the evening.
                    V Offer a call-back instead of a queue.
                    B report with a photo in the app
                    B chat until 10 pm
                    B a call-back instead of waiting
                    C A call-back would be so nice, I know the hold music by heart now.
                    C Please a human in the chat, not a bot repeating itself.
                    C Evening hours are really needed for people who work.
                    """));

    private DemoThemes() {
    }
}
