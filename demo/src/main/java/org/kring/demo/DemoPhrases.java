package org.kring.demo;

import java.util.List;
import java.util.Map;

/** The wording that is not about one theme: names, places, replies, staff answers and thread titles, in nl and en. */
final class DemoPhrases {

    /** Names of one origin; {@code english} is the share of its members who write in English. */
    record NameGroup(double weight, double english, List<String> first, List<String> last) {
    }

    static final List<NameGroup> NAMES = List.of(
            new NameGroup(80, 0.12, List.of("Sanne", "Daan", "Lotte", "Bram", "Emma", "Jeroen", "Fleur", "Thijs", "Noor",
                    "Ruben", "Iris", "Sem", "Anouk", "Lars", "Femke", "Joost", "Maud", "Pieter", "Julia", "Tim", "Sarah",
                    "Mark", "Laura", "Kevin", "Eva", "Tom", "Lieke", "Jesse", "Marloes", "Niels", "Ingrid", "Henk", "Gerda",
                    "Wim", "Marieke", "Sjoerd", "Anke", "Koen", "Esther", "Bas", "Ilse", "Rik", "Mirjam", "Stijn", "Tessa",
                    "Hans", "Yvonne", "Dirk", "Annelies", "Wouter", "Roos", "Floor", "Jan", "Petra", "Martijn", "Linda",
                    "Gert", "Nienke", "Hidde", "Froukje", "Ellen", "Gijs", "Carla", "Ton", "Mieke", "Kees"),
                    List.of("de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
                            "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker", "Brouwer", "van Leeuwen", "de Wit",
                            "Dijkstra", "Kok", "Vermeulen", "van den Berg", "Willems", "Kramer", "Schouten", "Postma",
                            "Huisman", "van der Meer", "Kuipers", "Veenstra", "Prins", "Hoekstra", "van Beek", "Koster",
                            "Verhoeven", "Timmermans", "de Jong", "Jacobs", "van der Linden", "Groen", "Wijnands", "Bosman")),
            new NameGroup(5, 0.05, List.of("Mohamed", "Fatima", "Yassine", "Nora", "Soufiane", "Salma", "Ilias", "Samira"),
                    List.of("El Amrani", "Bouzid", "Haddou", "Benali", "Ait Taleb", "El Idrissi")),
            new NameGroup(4, 0.05, List.of("Yusuf", "Elif", "Mehmet", "Zeynep", "Emre", "Ayşe", "Burak", "Selin"),
                    List.of("Yılmaz", "Öztürk", "Doğan", "Kaya", "Demir", "Şahin")),
            new NameGroup(2, 0.3, List.of("Priya", "Arjun", "Anjali", "Rohan", "Kavita", "Ravi"),
                    List.of("Sharma", "Patel", "Iyer", "Gupta", "Ramdin", "Mahabier")),
            new NameGroup(2, 0.95, List.of("Oliver", "Sophie", "James", "Emily", "Harry", "Charlotte"),
                    List.of("Smith", "Brown", "Taylor", "Wilson", "Evans", "Walker")),
            new NameGroup(2, 0.85, List.of("Marta", "Piotr", "Kasia", "Tomasz", "Agnieszka"),
                    List.of("Kowalski", "Nowak", "Wiśniewski", "Zieliński")),
            new NameGroup(2, 0.8, List.of("Lukas", "Anna", "Jonas", "Lea", "Felix"),
                    List.of("Müller", "Schmidt", "Becker", "Wagner")),
            new NameGroup(2, 0.9, List.of("Lucía", "Rafael", "Giulia", "Marco", "Inês", "Pablo"),
                    List.of("García", "Rossi", "Santos", "Fernández", "Costa")),
            new NameGroup(1, 0.6, List.of("Kofi", "Ama", "Kwame", "Efua"), List.of("Mensah", "Owusu", "Boateng")),
            new NameGroup(1, 0.9, List.of("Wei", "Mei", "Jun", "Lin"), List.of("Chen", "Wang", "Li", "Zhang")));

    /** A Dutch province, its weight by population and some of its towns. */
    record Province(String name, double weight, List<String> cities) {
    }

    static final List<Province> PROVINCES = List.of(
            new Province("Zuid-Holland", 3.8, List.of("Rotterdam", "Den Haag", "Leiden", "Delft", "Dordrecht", "Gouda")),
            new Province("Noord-Holland", 2.95, List.of("Amsterdam", "Haarlem", "Alkmaar", "Hilversum", "Zaandam", "Hoorn")),
            new Province("Noord-Brabant", 2.6, List.of("Eindhoven", "Tilburg", "Breda", "Den Bosch", "Helmond")),
            new Province("Gelderland", 2.1, List.of("Arnhem", "Nijmegen", "Apeldoorn", "Ede", "Doetinchem")),
            new Province("Utrecht", 1.4, List.of("Utrecht", "Amersfoort", "Zeist", "Nieuwegein")),
            new Province("Overijssel", 1.2, List.of("Zwolle", "Enschede", "Deventer", "Hengelo")),
            new Province("Limburg", 1.1, List.of("Maastricht", "Venlo", "Heerlen", "Roermond")),
            new Province("Friesland", 0.65, List.of("Leeuwarden", "Sneek", "Heerenveen", "Drachten")),
            new Province("Groningen", 0.59, List.of("Groningen", "Delfzijl", "Veendam")),
            new Province("Drenthe", 0.5, List.of("Assen", "Emmen", "Meppel")),
            new Province("Flevoland", 0.44, List.of("Almere", "Lelystad", "Emmeloord")),
            new Province("Zeeland", 0.39, List.of("Middelburg", "Vlissingen", "Goes")));

    /** Weights of {@link DemoCommunity#AGE_BANDS}, in that order. */
    static final double[] AGE_WEIGHTS = {8, 20, 22, 20, 16, 14};

    /** One kind of phrase in both languages. */
    record Phrases(List<String> nl, List<String> en) {

        List<String> in(String language) {
            return language.equals("nl") ? nl : en;
        }
    }

    static final Phrases PERSONAL = new Phrases(List.of(
            "Ik doe mijn boodschappen meestal in {city}.",
            "Wij zijn met vijf thuis, dus we staan bijna elke dag in de winkel.",
            "Ik kom twee keer per week in de winkel in {city}.",
            "Ik bestel sinds vorig jaar bijna alles online.",
            "Als student let ik op elke euro.",
            "Ik ben 71 en doe nog elke dag zelf mijn boodschappen.",
            "Ik werk in ploegendienst en kom vaak laat in de winkel."), List.of(
            "I usually shop in {city}.",
            "There are five of us at home, so we're in the store almost daily.",
            "I moved to the Netherlands two years ago and shop in {city}.",
            "I've been ordering almost everything online since last year.",
            "As a student I watch every euro.",
            "I work shifts and often shop late."));

    static final Phrases CLOSERS = new Phrases(List.of(
            "Wie denkt er mee?", "Ik hoor graag wat anderen ervan vinden.", "Dank alvast!",
            "Ik denk dat veel klanten hier blij van worden.", "Het kost weinig en levert veel op.",
            "Stem mee als je het eens bent!", "Ik hoop dat jullie dit oppakken.", "Bij andere winkels zie ik dit al."),
            List.of("Who's with me?", "Curious what others think.", "Thanks in advance!",
                    "I think many customers would appreciate this.", "It costs little and helps a lot.",
                    "Vote if you agree!", "Other stores already do this."));

    static final Phrases LIST_INTROS = new Phrases(List.of("Wat mij betreft zou dit helpen:", "Concreet:", "Mijn voorstel:",
            "Bijvoorbeeld:"), List.of("What would help:", "Concretely:", "My suggestions:", "For example:"));

    static final Phrases BOLD_LABELS = new Phrases(List.of("**Voorstel:**", "**Kort gezegd:**", "**Mijn idee:**"),
            List.of("**Suggestion:**", "**In short:**", "**My idea:**"));

    static final Phrases COMMENTS = new Phrases(List.of(
            "Goed idee! Bij ons in {city} is dit ook een probleem.",
            "Zou ik meteen gebruiken.",
            "Helemaal mee eens, ik heb het ook al eens bij de servicebalie gevraagd.",
            "Ik heb gestemd! Hoop dat het er snel komt.",
            "Twijfel een beetje, wordt het dan niet duurder?",
            "Goed plan, maar begin dan wel in de grotere winkels.",
            "Eindelijk iemand die dit zegt.",
            "Leuk idee, al denk ik dat het voor kleine winkels lastig wordt.",
            "Ik werk zelf in een supermarkt en kan je zeggen dat dit vaak aan de bezetting ligt.",
            "Mijn buurvrouw klaagt hier ook al jaren over.",
            "Top, dit steun ik."), List.of(
            "Good idea! Same problem in {city}.",
            "I'd use this right away.",
            "Totally agree, I've asked at the service desk before.",
            "Voted! Hope it happens soon.",
            "Not sure, wouldn't it make things more expensive?",
            "Good plan, but start with the bigger stores.",
            "Finally someone says it.",
            "Nice idea, though it might be hard for small stores."));

    static final Phrases OPENERS = new Phrases(List.of("Eens!", "Klopt.", "Goed punt.", "Precies.", "Herkenbaar.",
            "Dat dacht ik ook.", "Mee eens."), List.of("Agree!", "True.", "Good point.", "Exactly.", "So recognisable.",
            "Same here."));

    static final Phrases REPLIES = new Phrases(List.of(
            "Bij ons in {city} is het precies andersom, daar gaat het juist goed.",
            "Dat vind ik een goede aanvulling.",
            "Ik denk dat het vooral een kwestie van personeel is.",
            "Heb je het al bij de servicebalie gevraagd? Daar reageren ze vaak snel.",
            "Niet mee eens, ik vind het prima zoals het nu is.",
            "Klopt, en dan het liefst ook in het weekend.",
            "Goed dat je het zegt, daar had ik nog niet aan gedacht.",
            "Zou fijn zijn als de moderator hier even op reageert.",
            "Haha, ja, die ervaring heb ik ook.",
            "Hoe lang geleden was dat? Volgens mij is het inmiddels verbeterd.",
            "Zeker, en voor ouderen zou het ook veel schelen."), List.of(
            "In {city} it's the other way round, it works well there.",
            "Good addition.",
            "I think it's mostly a staffing issue.",
            "Have you asked at the service desk? They often respond quickly.",
            "Don't agree, I think it's fine as it is.",
            "True, and ideally at weekends too.",
            "Good that you mention it, hadn't thought of that.",
            "Ha, yes, had the same experience.",
            "When was that? I think it has improved since."));

    static final Phrases AUTHOR_REPLIES = new Phrases(List.of(
            "Dank voor alle reacties en stemmen! Fijn om te zien dat ik niet de enige ben.",
            "Goed punt, dat had ik er eigenlijk bij moeten zetten.",
            "Precies wat ik bedoel!",
            "Dank je, ik hoop dat de winkel het oppakt.",
            "Haha, dan zijn we al met z'n tweeën."), List.of(
            "Thanks for all the comments and votes! Good to know I'm not the only one.",
            "Good point, I should have added that.",
            "Exactly what I meant!",
            "Thanks, I hope the store picks it up."));

    static final Phrases THREAD_INTROS = new Phrases(List.of(
            "Ik vroeg het me laatst af in de winkel in {city}.",
            "Ben benieuwd hoe anderen hierover denken.",
            "Geen idee voor een idee, meer een vraag aan jullie.",
            "Dit kwam laatst ter sprake op een verjaardag.",
            "Ik lees hier veel over en wil graag jullie ervaringen horen."), List.of(
            "I was wondering about this in the store in {city} the other day.",
            "Curious how others see this.",
            "Not an idea as such, more a question to you all.",
            "This came up at a birthday party recently."));

    static final Phrases THREAD_QUESTIONS = new Phrases(List.of("Hoe zien jullie dat?", "Wat zijn jullie ervaringen?",
            "Herkennen jullie dit?", "Tips zijn welkom!"), List.of("How do you see it?", "What are your experiences?",
            "Does this sound familiar?", "Tips welcome!"));

    static final String STAFF_HEADER_NL = "*Reactie namens het Kring-team*";
    static final String STAFF_HEADER_EN = "*Reply on behalf of the Kring team*";

    /** Official answers by idea status (the name of an Idea.Status). */
    static final Map<String, Phrases> STAFF_ANSWERS = Map.of(
            "UNDER_REVIEW", new Phrases(List.of(
                    "Dank voor je idee en alle reacties! We bekijken dit nu met de collega's van het betreffende team en laten hier weten wat eruit komt.",
                    "Goed punt, en we zien dat veel leden het steunen. We nemen het mee in ons volgende overleg en houden jullie op de hoogte."),
                    List.of("Thanks for your idea and all the comments! We're looking into it with the team involved and will post the outcome here.",
                            "Good point, and we can see many members support it. We'll discuss it in our next meeting and keep you posted.")),
            "PLANNED", new Phrases(List.of(
                    "Goed nieuws: we gaan hiermee aan de slag. Het staat op de planning voor de komende maanden; we melden hier zodra er meer bekend is.",
                    "Dank jullie wel voor het meedenken! Dit idee staat nu op onze planning. We houden jullie op de hoogte van de voortgang."),
                    List.of("Good news: we're going to work on this. It's planned for the coming months; we'll post here as soon as we know more.",
                            "Thank you all for thinking along! This idea is now on our roadmap. We'll keep you updated on progress.")),
            "IN_PROGRESS", new Phrases(List.of(
                    "Update: we zijn hiermee begonnen. We testen het eerst in een aantal winkels en delen hier de resultaten.",
                    "We zijn ermee bezig! Het team werkt aan een eerste versie en neemt jullie reacties hierboven daarin mee."),
                    List.of("Update: we've started on this. We're trialling it in a number of stores first and will share the results here.",
                            "We're on it! The team is working on a first version and is taking your comments above into account.")),
            "DONE", new Phrases(List.of(
                    "Het is zover: dit is doorgevoerd. Dank aan iedereen die heeft meegedacht en gestemd!",
                    "Goed nieuws: dit is inmiddels beschikbaar. Laat vooral weten hoe het bevalt."),
                    List.of("It's done: this has been rolled out. Thanks to everyone who thought along and voted!",
                            "Good news: this is now available. Do let us know how you like it.")),
            "DECLINED", new Phrases(List.of(
                    "Dank voor je idee. We hebben het goed bekeken, maar kunnen het nu niet uitvoeren, onder meer vanwege de kosten en de regels voor voedselveiligheid. We houden het wel in gedachten.",
                    "We begrijpen de wens, maar hebben besloten dit niet te doen: uit een proef bleek dat het in de praktijk niet goed werkte. Dank voor het meedenken!"),
                    List.of("Thanks for your idea. We've looked at it carefully but can't do it right now, partly because of costs and food safety rules. We'll keep it in mind.",
                            "We understand the wish, but have decided not to do this: a trial showed it didn't work well in practice. Thanks for thinking along!")));

    /** Standalone thread titles per topic slug; {city} makes a title reusable. */
    static final Map<String, Phrases> THREAD_TITLES = Map.of(
            "verpakking", new Phrases(List.of(
                    "Wie neemt er eigen bakjes mee naar de kaasafdeling?", "Welke verpakking ergert jou het meest?",
                    "Ervaringen met de nieuwe statiegeldautomaat in {city}?", "Tips om minder plastic mee naar huis te nemen",
                    "Hoe scheiden jullie het afval van je boodschappen?", "Karton om karton: waarom zit alles dubbel verpakt?",
                    "Eigen netjes voor groente: wie doet mee?", "Navulstation voor wasmiddel in {city}: wie heeft het geprobeerd?"),
                    List.of("Who brings their own containers to the deli counter?", "Which packaging annoys you most?",
                            "Experiences with the new deposit machine in {city}?", "Tips for bringing less plastic home",
                            "How do you sort the waste from your groceries?", "Refill station in {city}: has anyone tried it?")),
            "duurzaamheid", new Phrases(List.of(
                    "Wat doen jullie met restjes?", "Leukste recept met groente die bijna over datum is",
                    "Wie heeft de verrassingspakketten al geprobeerd?", "Zonnepanelen op het dak van de winkel in {city}?",
                    "Hoe kies je duurzaam zonder dat het veel duurder wordt?", "Boerenmarkt of supermarkt: waar koop jij je groente?",
                    "Vlees minderen: hoe pakken jullie het aan?", "Laadpalen bij de winkel in {city}"),
                    List.of("What do you do with leftovers?", "Best recipe for veg that's about to expire",
                            "Has anyone tried the surprise bags yet?", "Sustainable choices without paying more: tips?",
                            "Cutting down on meat: how do you go about it?", "Solar panels on the store roof in {city}?")),
            "app-webshop", new Phrases(List.of(
                    "Nieuwe versie van de app: wat vinden jullie?", "Bezorging in {city} anderhalf uur te laat, iemand anders ook?",
                    "Welke functie mis je het meest in de app?", "Afhalen of laten bezorgen?",
                    "Tips voor een handige boodschappenlijst", "Inloggen lukt niet sinds de update",
                    "Hoe vaak laten jullie bezorgen?", "Bezorgkosten: wat vinden jullie redelijk?", "Afhaalpunt in {city}: ervaringen?"),
                    List.of("New app version: what do you think?", "Which feature do you miss most in the app?",
                            "Pick-up or delivery?", "Can't log in since the update", "Delivery fees: what's reasonable?",
                            "Pick-up point in {city}: experiences?")),
            "in-de-winkel", new Phrases(List.of(
                    "Zelfscan of gewone kassa: wat kies jij?", "Compliment voor het personeel in {city}",
                    "Waarom staat de melk altijd achterin?", "Nieuwe indeling van de winkel in {city}: verbetering?",
                    "Drukste moment van de week: wanneer gaan jullie?", "Muziek in de winkel: aan of uit?",
                    "Parkeren bij de winkel in {city}", "Winkelmandjes met wieltjes: handig of niet?"),
                    List.of("Self-checkout or staffed till: which do you prefer?", "Compliments to the staff in {city}",
                            "Why is the milk always at the back?", "New store layout in {city}: better?",
                            "Music in the store: on or off?", "Busiest time of the week: when do you go?")),
            "assortiment", new Phrases(List.of(
                    "Welk product moet echt terugkomen?", "Ontdekking van de week: wat hebben jullie nieuw gekocht?",
                    "Huismerk of A-merk: waar proef je verschil?", "Lekkerste vleesvervanger tot nu toe?",
                    "Glutenvrij in {city}: waar vind je het?", "Internationale producten: wat mis je?",
                    "Seizoensproducten waar je naar uitkijkt", "Producten die steeds uitverkocht zijn in {city}"),
                    List.of("Which product really needs to come back?", "Own brand or big brand: where can you taste the difference?",
                            "Best meat substitute so far?", "International products: what do you miss?",
                            "Products that keep selling out in {city}", "Seasonal products you look forward to")),
            "klantenservice", new Phrases(List.of(
                    "Ervaringen met de klantenservice", "Hoe lang duurde jullie terugbetaling?", "Bonuskaart kwijt: wat nu?",
                    "Chat of telefoon: wat werkt beter?", "Compliment voor de klantenservice",
                    "Zegeltjes sparen: doen jullie nog mee?", "Verkeerde prijs aan de kassa in {city}",
                    "Persoonlijke aanbiedingen: kloppen die bij jullie?"),
                    List.of("Experiences with customer service", "How long did your refund take?",
                            "Lost my loyalty card: now what?", "Chat or phone: what works better?",
                            "Wrong price at the till in {city}", "Personal offers: do they match what you buy?")));

    private DemoPhrases() {
    }
}
