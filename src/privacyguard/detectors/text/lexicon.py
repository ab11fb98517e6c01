"""Word lists used by the French recognizers, and where they come from.

Hand-curated (no maintained offline source exists for these): honorifics, kinship and role
words, French month and weekday names, institution types, medical eponym triggers, common
medical abbreviations and drugs (from the ANSM's most prescribed substances and the usual
French abbreviations of clinical notes), and French regions. Country names come from
``pycountry``'s French translation of ISO 3166 (maintained) when it is installed.
Every entry is lower-case, without final punctuation.
"""

from __future__ import annotations

import functools
import re


def alternatives(words: tuple[str, ...]) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


HONORIFICS = ("m.", "mr", "mr.", "mme", "mlle", "me", "dr", "dr.", "pr", "pr.", "docteur", "professeur", "monsieur",
              "madame", "mademoiselle", "maître", "père", "sœur", "soeur")
KINSHIP = ("la fille", "le fils", "sa fille", "son fils", "la maman", "le papa", "sa maman", "son papa", "la mère", "le père",
           "sa mère", "son père", "l'épouse", "son épouse", "le mari", "son mari", "la femme", "sa femme", "la sœur", "le frère",
           "sa sœur", "son frère", "la grand-mère", "le grand-père", "sa grand-mère", "son grand-père", "la nounou", "l'infirmière",
           "l'infirmier", "la voisine", "le voisin", "le conjoint", "la conjointe", "son conjoint", "sa conjointe", "le compagnon",
           "la compagne", "l'aidant", "l'aidante", "la tante", "l'oncle", "le cousin", "la cousine", "la petite-fille",
           "le petit-fils", "le patient", "la patiente", "patient", "patiente", "petit", "petite", "le petit", "la petite",
           "le bébé", "bébé", "l'enfant", "le jeune", "la jeune", "l'ado", "la nourrice", "l'auxiliaire de vie", "la collègue",
           "le collègue", "l'interne", "le kiné", "la kiné", "l'assistante sociale", "la belle-fille", "le gendre", "la belle-mère",
           "la famille", "les époux", "le couple", "la fratrie", "les enfants", "le clan",
           # plural relatives before a family name: "les filles Marchal", "les parents Lefort"
           "les filles", "les fils", "les parents", "les sœurs", "les frères", "les jumeaux", "les jumelles", "les grands-parents",
           "ses filles", "ses fils", "ses parents")
MONTHS = (  # 15 full names (with unaccented spellings), then the short forms
    "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout", "septembre", "octobre",
    "novembre", "décembre", "decembre",
    "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc", "dec",
)
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
# Words that, followed by "de/du/d'" and a capitalised word, name a disease, sign or score (eponyms).
EPONYM_TRIGGERS = (
    "maladie", "signe", "syndrome", "score", "test", "épreuve", "manœuvre", "manoeuvre", "purpura", "paralysie", "classification",
    "critères", "critère", "triade", "loi", "méthode", "réflexe", "phénomène", "tétralogie", "névrome", "contracture",
    "fracture", "ulcère", "sarcome", "lymphome", "thyroïdite", "anémie", "angor", "angine", "bloc", "cirrhose", "kyste",
    "diverticule", "hernie", "granulome", "nodule", "éruption", "échelle", "index", "indice", "formule", "règle", "trousseau",
    "canal", "tumeur", "corps", "cellules", "cellule", "ligne", "point", "position", "technique", "opération", "intervention",
    "procédure", "chorée", "démence", "encéphalopathie", "dystrophie", "myopathie", "neuropathie", "ataxie", "spondylarthrite",
    "pied", "main", "doigt", "genou", "coude", "épaule", "lésion", "lésions", "tache", "taches", "nævus", "naevus", "stade",
    "grade", "type", "dysplasie", "polypose", "phase", "onde", "ondes", "cicatrice", "kératose", "mélanose", "sclérose",
    "glomérulonéphrite", "néphropathie", "myocardiopathie", "cardiopathie", "valve", "valvule", "bruit", "souffle", "réaction",
    "accès", "cycle", "crise", "œdème", "oedème", "vaisseaux", "artère", "veine", "nerf", "muscle", "ganglion", "espace",
    "ligament", "tendon", "membrane", "glande", "appendice", "ampoule", "sphincter", "sonde", "pince", "abord", "incision",
    "pityriasis", "lichen", "eczéma", "érythème", "prurigo", "sarcoïdose", "uvéite", "vascularite", "myosite", "panniculite",
)
# Disease and sign names that are also surnames, towns or first names (suppressed only in a medical context).
EPONYMS = (
    "murphy", "kawasaki", "varole", "wolff", "parkinson", "white", "henoch", "schönlein", "schonlein", "lyme", "bell", "schirmer",
    "gilbert", "dupuytren", "hueston", "morton", "mulder", "crohn", "babinski", "turner", "fontaine", "trousseau", "tours",
    "koplik", "holter", "basedow", "hashimoto", "alzheimer", "raynaud", "horton", "wells", "glasgow", "apgar", "lasègue",
    "homans", "mcburney", "blumberg", "cushing", "addison", "conn", "sjögren", "still", "behçet", "wegener", "kaposi",
    "hodgkin", "burkitt", "down", "marfan", "ehlers", "danlos", "guillain", "barré", "charcot", "huntington", "creutzfeldt",
    "jakob", "tourette", "asperger", "rett", "willebrand", "minkowski", "chauffard", "osgood", "schlatter", "sever",
    "legg", "perthes", "calvé", "scheuermann", "paget", "bowen", "darier", "quincke", "stevens", "johnson", "lyell",
    "reiter", "fiessinger", "leroy", "kehr", "oddi", "treitz", "meckel", "hirschsprung", "barrett", "mallory", "weiss",
    "zollinger", "ellison", "whipple", "klippel", "feil", "brown", "séquard", "horner", "claude", "bernard", "argyll",
    "robertson", "romberg", "hoffmann", "tinel", "phalen", "finkelstein", "de quervain", "quervain", "lachman", "mcmurray",
    "neer", "hawkins", "jobe", "patte", "yergason", "kernig", "brudzinski", "chvostek", "cullen", "grey", "turner", "levine",
    "korotkoff", "austin", "flint", "duroziez", "osler", "janeway", "roth", "libman", "sacks", "dressler", "brugada",
    "mobitz", "wenckebach", "adams", "stokes", "fallot", "eisenmenger", "ebstein", "bouveret", "sokolow", "lyon",
    "cornell", "framingham", "score2", "child", "pugh", "meld", "ranson", "balthazar", "forrest", "rockall", "blatchford",
    "centor", "mcisaac", "fine", "curb", "geneva", "genève", "padua", "caprini", "chadsvasc", "hasbled", "epworth",
    "folstein", "hamilton", "beck", "kellgren", "lawrence", "garden", "neer", "salter", "harris", "pouteau", "colles",
    "smith", "monteggia", "galeazzi", "maisonneuve", "bennett", "rolando", "hill", "sachs", "bankart", "segond",
    "schatzker", "weber", "lauge", "hansen", "gustilo", "tanner", "brodie", "ewing", "wilms", "kahler", "waldenström",
    "dubin", "rotor", "gaucher", "fabry", "pompe", "tay", "niemann", "pick", "lewy", "binswanger", "wernicke", "korsakoff",
    "gayet", "broca", "cotard", "capgras", "munchausen", "ganser", "lesch", "nyhan", "prader", "willi", "angelman",
    "noonan", "williams", "digeorge", "klinefelter", "edwards", "patau", "kallmann", "sheehan", "simmonds", "nelson",
    "bartter", "gitelman", "liddle", "fanconi", "alport", "berger", "goodpasture", "dent", "lowe", "menkes", "wilson",
    "hurler", "hunter", "sanfilippo", "morquio", "pierre robin", "robin", "moebius", "möbius", "sturge", "weber", "von",
    "recklinghausen", "bourneville", "hippel", "lindau", "kasabach", "merritt", "mondor", "buerger", "takayasu",
    "churg", "strauss", "horton", "schönlein", "rendu", "osler", "budd", "chiari", "arnold", "dandy", "walker",
    "bonnevie", "ullrich", "cockayne", "werner", "hutchinson", "gilford", "milroy", "meige", "marjolin", "verneuil",
    "nicolas", "favre", "duhring", "brocq", "hallopeau", "sézary", "woringer", "kolopp", "spitz", "clark", "breslow",
    "gleason", "bosniak", "fleischner", "tirads", "birads", "pirads", "lirads", "nyha", "ccs", "killip", "timi", "grace",
    "crusade", "wells", "genève", "pesi", "sofa", "qsofa", "news", "glasgow", "ramsay", "richmond", "braden", "norton",
    "katz", "lawton", "barthel", "karnofsky", "ecog", "mna", "mmse", "moca", "hads", "phq", "gad", "audit", "fagerström",
    "fagerstrom", "cage", "dast", "ivanhoe", "denver", "brazelton", "silverman", "lund", "browder", "wallace", "baux",
)
EPONYM_SET = frozenset(EPONYMS) | {"marie", "tooth", "favre", "pierre", "virchow", "troisier", "vasc", "cha2ds2", "sémont", "semont",
                                    "epley", "tietze", "valsalva"}
# Diseases and signs named after a whole person, written without "maladie de": "Gilles de la Tourette ou tics
# transitoires ?", "un Claude Bernard-Horner", "Charcot-Marie-Tooth". Folded, hyphens as spaces.
EPONYM_PHRASES = (
    "gilles de la tourette", "claude bernard horner", "claude bernard", "charcot marie tooth", "pierre marie", "pierre robin",
    "brown sequard", "de quervain", "stevens johnson", "tay sachs", "prader willi", "ehlers danlos", "wolff parkinson white",
    "guillain barre", "creutzfeldt jakob", "osgood schlatter", "legg perthes calve", "von willebrand", "von recklinghausen",
    "von hippel lindau", "nicolas favre", "lesch nyhan", "marie strumpell", "bernard soulier", "budd chiari", "arnold chiari",
    "dandy walker", "mallory weiss", "zollinger ellison", "klippel feil", "sturge weber", "peutz jeghers", "kasabach merritt",
    "jean louis petit", "louis bar", "sezary", "henoch schonlein", "churg strauss", "hand schuller christian", "niemann pick",
)
INSTITUTIONS = (
    "chu", "chr", "chru", "chi", "ch", "chs", "chg", "hôpital", "hopital", "clinique", "polyclinique", "ehpad", "crèche",
    "creche", "école", "ecole", "collège", "college", "lycée", "lycee", "université", "universite", "fac", "faculté", "institut",
    "centre hospitalier", "centre", "maison de santé", "msp", "ssr", "dojo", "club", "bar", "restaurant", "usine", "mairie",
    "pharmacie", "laboratoire", "labo", "cabinet", "foyer", "maternité", "résidence", "ime", "itep", "esat", "cmp", "cmpp",
    "groupe hospitalier", "hospices", "maison de retraite", "gymnase", "piscine", "stade", "entreprise", "société",
    "association", "paroisse", "prison", "maison d'arrêt", "caserne", "camping", "hôtel", "hotel", "garage", "boulangerie",
    "supermarché", "magasin", "ferme", "centre de rééducation", "centre d'imagerie", "institution", "pensionnat", "internat",
    "maternelle", "salle", "salon", "atelier", "boutique", "agence", "église", "mosquée", "synagogue", "temple",
    # medico-social care and social emergency: addiction and mental health centres, shelters, child protection homes
    "centre de santé", "centre médical", "centre social", "centre médico-psychologique", "csapa", "caarud", "cattp", "chrs",
    "cada", "huda", "pouponnière", "mecs", "pmi", "sessad", "samsah", "hôtel social", "foyer d'hébergement",
    "centre d'hébergement", "résidence sociale", "pension de famille", "maison relais", "accueil de jour",
    "maison des adolescents",
    # a hospital's parts and groups by their name: "hôpital de jour Les Capucins", "GHU Paris Psychiatrie et Neurosciences"
    "hôpital de jour", "hôpital de semaine", "centre de jour", "ghu", "ght",
)
# City-only contexts: "urgences de Dax" marks the city, not an organisation.
SERVICES = ("urgences", "samu", "smur", "réa", "rea", "réanimation", "cardio", "pneumo", "neuro", "pédiatrie", "pédiatres",
            "maternité", "radio", "radiologue", "dermato", "gastro", "ophtalmo", "orl", "psy", "psychiatre", "gériatrie",
            "chir", "chirurgie", "ortho", "onco", "néphro", "uro", "gynéco", "endocrino", "rhumato", "infectio", "pompiers",
            "gendarmerie", "police", "commissariat", "pharmacien", "labo", "kiné", "centre antipoison", "cpam", "caf", "mdph")
KNOWN_ORGS = ("sncf", "ratp", "edf", "gdf", "engie", "la poste", "airbus", "renault", "peugeot", "stellantis", "michelin",
              "total", "totalenergies", "orange", "sfr", "bouygues", "carrefour", "auchan", "leclerc", "intermarché", "lidl",
              "decathlon", "ikea", "amazon", "thales", "safran", "dassault", "areva", "orano", "sanofi", "l'oréal", "danone",
              "lactalis", "vinci", "veolia", "suez", "axa", "bnp", "société générale", "crédit agricole", "pôle emploi",
              "france travail", "éducation nationale", "armée", "gendarmerie nationale", "psg", "om", "ol", "fff")
COMMON_ABBREVIATIONS = (
    "ror", "ecg", "crp", "sca", "bpco", "ett", "eto", "irm", "tdm", "avc", "ait", "hta", "fa", "tvp", "ep", "bbd", "bbg", "hbag",
    "ains", "atb", "ipp", "ddr", "sa", "rac", "ic", "ira", "irc", "ivg", "img", "pma", "fiv", "nfs", "vs", "bu", "ecbu",
    "tsh", "hba1c", "ldl", "hdl", "inr", "tp", "tca", "pnn", "dfg", "bnp", "ntprobnp", "pct", "ige", "iga", "igg", "igm", "pcr",
    "vih", "vhb", "vhc", "hpv", "cmv", "ebv", "vzv", "hsv", "vrs", "rgo", "mici", "sep", "sla", "tca", "tdah", "tsa", "toc",
    "pnds", "has", "ansm", "rgpd", "cnil", "ars", "cpam", "samu", "smur", "sau", "usic", "rea", "ssr", "had", "ehpad", "ssiad",
    "idel", "ide", "as", "mg", "mt", "ald", "at", "mp", "itt", "cmu", "ame", "rcp", "ddn", "nir", "ins", "dmp", "rx", "asp",
    "fo", "oap", "bav", "bsa", "esv", "tv", "fv", "tsv", "rr", "pr", "qt", "qrs", "st", "sus", "pq", "ap", "ao", "vd", "vg",
    "od", "og", "fevg", "htap", "sas", "sahos", "ppc", "vni", "o2", "spo2", "fc", "fr", "ta", "pa", "pas", "pad", "imc", "cat",
    "eva", "en", "sc", "im", "iv", "po", "per", "os", "lp", "pl", "eeg", "emg", "pev", "dmla", "glaucome", "orl", "bmi",
    "covid", "sars", "mers", "bcg", "dtp", "dtcp", "hib", "mmr", "esvs", "esc", "aha", "acc", "nice", "who", "oms", "ue",
    "tirads", "eu-tirads", "birads", "bi-rads", "pirads", "ivu", "uiv", "asa", "gir", "aggir", "mmse", "moca", "uh", "dr",
)
DRUGS = (
    "augmentin", "amoxicilline", "doliprane", "paracétamol", "paracetamol", "efferalgan", "dafalgan", "ibuprofène", "advil",
    "nurofen", "spasfon", "levothyrox", "kardegic", "aspirine", "metformine", "glucophage", "atorvastatine", "tahor",
    "rosuvastatine", "crestor", "ramipril", "amlodipine", "bisoprolol", "furosémide", "lasilix", "eliquis", "apixaban",
    "xarelto", "rivaroxaban", "préviscan", "coumadine", "warfarine", "lovenox", "enoxaparine", "fondaparinux", "arixtra",
    "ventoline", "salbutamol", "seretide", "symbicort", "prednisolone", "solupred", "prednisone", "cortancyl", "célestène",
    "inexium", "mopral", "oméprazole", "ésoméprazole", "pantoprazole", "lansoprazole", "gaviscon", "smecta", "imodium",
    "tramadol", "topalgic", "ixprim", "lamaline", "codéine", "morphine", "skenan", "oxycodone", "lyrica", "prégabaline",
    "laroxyl", "deroxat", "paroxétine", "seroplex", "escitalopram", "sertraline", "zoloft", "fluoxétine", "prozac", "xanax",
    "alprazolam", "lexomil", "bromazépam", "stilnox", "zolpidem", "imovane", "zopiclone", "tercian", "risperdal", "abilify",
    "depakine", "lamictal", "keppra", "tegretol", "rivotril", "valium", "diazépam", "colchicine", "allopurinol", "zyloric",
    "doxycycline", "azithromycine", "zithromax", "clarithromycine", "pristinamycine", "pyostacine", "ceftriaxone",
    "rocéphine", "cefpodoxime", "orelox", "ofloxacine", "ciprofloxacine", "lévofloxacine", "fosfomycine", "monuril",
    "nitrofurantoïne", "furadantine", "bactrim", "métronidazole", "flagyl", "mupirocine", "fucidine", "valaciclovir",
    "zelitrex", "aciclovir", "zovirax", "oseltamivir", "tamiflu", "insuline", "lantus", "novorapid", "ozempic",
    "sémaglutide", "trulicity", "januvia", "sitagliptine", "forxiga", "jardiance", "entresto", "kaliémie", "indapamide",
    "hydrochlorothiazide", "spironolactone", "aldactone", "méthotrexate", "humira", "adalimumab", "vaccin", "gardasil",
    "priorix", "m-m-rvaxpro", "infanrix", "prevenar", "bexsero", "nimenrix", "boostrix", "repevax", "revaxis",
    "dermocorticoïde", "dermocorticoïdes", "diprosone", "dermoval", "betneval", "locoid", "tridesonit", "azithro",
    "amox", "cortico", "corticoïdes", "ains", "ipp", "hbpm", "aod", "avk", "iec", "ara2", "ppc",
    # contraceptives, several of them also first names ("sous Jasmine", "pilule Leeloo", "Diane 35")
    "jasmine", "jasminelle", "leeloo", "ludéal", "optilova", "minidril", "zoély", "zoely", "lovavulo", "optidril", "adepal",
    "trinordiol", "melodia", "harmonet", "mercilon", "varnoline", "cycleane", "carlin", "desobel", "yaz", "qlaira",
    "evra", "nuvaring", "etoring", "mirena", "kyleena", "jaydess", "nexplanon", "microval", "cerazette", "antigone",
    "optimizette", "slinda", "norlevo", "ellaone", "triella", "stediril", "lumalia", "drospibel", "belara",
    # makers and public bodies named in posts about medicine, not about a patient
    "pfizer", "moderna", "astrazeneca", "sanofi", "novavax", "biontech", "ipsen", "gsk", "msd", "novartis",
    "boehringer", "biogaran", "sandoz", "mylan", "viatris", "zentiva",
    "doctolib", "ameli", "orphanet", "santé publique france", "sante publique france", "ansm", "has", "inserm",
)
REGIONS = ("île-de-france", "auvergne-rhône-alpes", "bourgogne-franche-comté", "bretagne", "centre-val de loire", "corse",
           "grand est", "hauts-de-france", "normandie", "nouvelle-aquitaine", "occitanie", "pays de la loire",
           "provence-alpes-côte d'azur", "paca", "alsace", "lorraine", "picardie", "aquitaine", "limousin", "auvergne",
           "bourgogne", "franche-comté", "champagne", "languedoc", "roussillon", "midi-pyrénées", "poitou-charentes",
           "guadeloupe", "martinique", "guyane", "réunion", "la réunion", "mayotte", "afrique", "europe", "asie", "amérique",
           "océanie", "maghreb", "antilles", "dom-tom", "outre-mer", "métropole", "afrique subsaharienne", "moyen-orient",
           # the quarters of France, with and without their hyphen: "un endocrinologue dans le Sud-Ouest"
           "sud-ouest", "sud-est", "nord-est", "nord-ouest", "sud ouest", "sud est", "nord est", "nord ouest", "midi", "grand ouest",
           "grand sud", "centre-ouest", "centre-est", "massif central", "alpes", "pyrénées", "vosges", "jura", "cévennes")
RARE_PROFESSIONS = ("ostréiculteur", "ostréicultrice", "gardien de phare", "gardienne de phare", "apiculteur", "apicultrice",
                    "maire", "député", "députée", "sénateur", "sénatrice", "ministre", "préfet", "préfète", "curé", "évêque",
                    "imam", "rabbin", "astronaute", "cosmonaute", "sommelier", "berger", "bergère", "garde-chasse",
                    "guide de haute montagne", "moine", "religieuse", "sportif de haut niveau", "présentateur", "présentatrice",
                    "chanteur", "chanteuse", "acteur", "actrice", "influenceur", "influenceuse", "youtubeur", "youtubeuse",
                    "jockey", "torero", "cascadeur", "plongeur-démineur", "démineur", "chef étoilé", "luthier", "souffleur de verre",
                    "garde forestier", "pilote de ligne", "contrôleur aérien", "gardien de prison")
COLLEAGUE_HINTS = ("doc", "dr", "med", "méd", "md", "md_", "infirm", "ide", "kine", "kiné", "pharma", "chu", "hopital",
                   "hôpital", "urgent", "sante", "santé", "medic", "médic", "gp", "sf_", "sagefemme", "interne", "prof")


@functools.cache
def countries_fr() -> frozenset[str]:
    """French names of countries (ISO 3166, via pycountry's translations) plus common short forms."""
    names = {"france", "algérie", "maroc", "tunisie", "sénégal", "mali", "espagne", "italie", "portugal", "allemagne",
             "belgique", "suisse", "royaume-uni", "angleterre", "états-unis", "usa", "chine", "inde", "japon", "brésil",
             "côte d'ivoire", "cameroun", "congo", "madagascar", "comores", "haïti", "turquie", "russie", "ukraine",
             "roumanie", "pologne", "vietnam", "viêt nam", "thaïlande", "egypte", "égypte", "guinée", "niger", "tchad"}
    try:
        import gettext

        import pycountry

        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
        for c in pycountry.countries:
            names.add(tr.gettext(c.name).lower())
            common = getattr(c, "common_name", None)
            if common:
                names.add(tr.gettext(common).lower())
    except (ImportError, OSError):
        pass
    return frozenset(names)
# Trades and roles a small place has one or two of: "le boucher de la commune", "la pharmacienne du bourg"
LOCAL_TRADES = ("boucher", "bouchère", "boulanger", "boulangère", "pharmacien", "pharmacienne", "épicier", "épicière", "facteur",
                "factrice", "postier", "postière", "coiffeur", "coiffeuse", "garagiste", "buraliste", "cafetier", "cafetière",
                "patron du bar", "patronne du bar", "patron du café", "patronne du café", "aubergiste", "restaurateur", "fleuriste",
                "médecin", "généraliste", "infirmier", "infirmière", "kiné", "kinésithérapeute", "dentiste", "vétérinaire", "véto",
                "sage-femme", "notaire", "gendarme", "pompier", "instituteur", "institutrice", "instit", "maître", "maîtresse",
                "directeur", "directrice", "cantinière", "cantinier", "chauffeur du car", "conducteur du car", "curé", "pasteur",
                "secrétaire de mairie", "cantonnier", "garde champêtre", "garde-champêtre", "maréchal-ferrant", "forgeron",
                "menuisier", "plombier", "électricien", "maçon", "charcutier", "charcutière", "fromager", "fromagère",
                "poissonnier", "poissonnière", "agriculteur", "agricultrice", "éleveur", "éleveuse", "viticulteur", "viticultrice",
                "président du club", "présidente du club", "entraîneur", "entraîneuse", "coach", "gardien", "gardienne", "concierge")
# Conditions that are rare in the EU sense (fewer than 1 person in 2,000; Orphanet's prevalence classes "1-5 / 10 000"
# and below, as listed in the Orphanet Report Series "Prévalence des maladies rares"), and infections France sees a handful
# of times a year: named with an age or a place, they point at very few people. Hand-curated, French names and usual variants.
RARE_CONDITIONS = (
    "mucoviscidose", "drépanocytose", "maladie de huntington", "chorée de huntington", "sclérose latérale amyotrophique",
    "maladie de charcot", "myopathie de duchenne", "dystrophie musculaire de duchenne", "myopathie de becker", "amyotrophie spinale",
    "hémophilie", "syndrome de marfan", "syndrome d'ehlers-danlos", "syndrome d’ehlers-danlos", "maladie de pompe",
    "maladie de gaucher", "maladie de fabry", "maladie de wilson", "phénylcétonurie", "neurofibromatose",
    "sclérose tubéreuse", "syndrome de rett", "syndrome de prader-willi", "syndrome d'angelman", "syndrome d’angelman",
    "syndrome de l'x fragile", "syndrome de l’x fragile", "x fragile", "syndrome de williams", "syndrome de turner",
    "trisomie 18", "trisomie 13", "mucopolysaccharidose", "leucodystrophie", "adrénoleucodystrophie", "ataxie de friedreich",
    "maladie de niemann-pick", "maladie de tay-sachs", "progéria", "épidermolyse bulleuse", "xeroderma pigmentosum",
    "albinisme", "achondroplasie", "ostéogenèse imparfaite", "maladie des os de verre", "hypertension artérielle pulmonaire",
    "fibrose pulmonaire idiopathique", "sclérodermie", "lupus érythémateux systémique", "lupus systémique", "maladie de behçet",
    "maladie de still", "maladie de kawasaki", "syndrome de guillain-barré", "myasthénie", "granulomatose avec polyangéite",
    "maladie de wegener", "histiocytose", "maladie de cushing", "syndrome de cushing", "acromégalie", "maladie d'addison",
    "maladie d’addison", "phéochromocytome", "porphyrie", "amylose", "mastocytose", "narcolepsie", "maladie de creutzfeldt-jakob",
    "rétinite pigmentaire", "maladie de crigler-najjar", "thalassémie majeure", "bêta-thalassémie", "maladie de moyamoya",
    "syndrome de dravet", "syndrome de west", "syndrome de lennox-gastaut", "maladie de lyell", "syndrome de lyell",
    "syndrome de kallmann", "syndrome de noonan", "syndrome de di george", "syndrome de digeorge", "délétion 22q11",
    "maladie de recklinghausen", "maladie de von hippel-lindau", "maladie de cadasil", "cadasil", "syndrome de brugada",
    "cardiomyopathie arythmogène", "qt long congénital", "atrésie des voies biliaires", "hernie diaphragmatique congénitale",
    "laparoschisis", "omphalocèle", "spina bifida", "rage", "lèpre", "diphtérie", "tétanos", "botulisme", "poliomyélite",
    "choléra", "fièvre jaune", "maladie à virus ebola", "maladie rare", "maladie orpheline", "syndrome rare",
    "forme rare", "cas exceptionnel", "cas rarissime",
)
