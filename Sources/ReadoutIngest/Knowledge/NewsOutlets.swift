// Names of news outlets → the canonical name Readout reports. Used to recognise an outlet in
// "told the X", "writing for X", a dateline's "(X)" and header lines, and to tell outlet names
// from person names. General outlets only, compiled from Wikipedia's "List of news agencies",
// "List of newspapers in the world by circulation" / per-country newspaper lists and "List of
// international broadcasters" (2024): the major wire services and, per region, the best-known
// national dailies and broadcasters. Canonical form = the short name the outlet uses for itself.

import Foundation

enum NewsOutlets {
    /// (canonical name, other names and abbreviations it goes by)
    static let entries: [(name: String, aliases: [String])] = [
        // Wire services and national news agencies
        ("Reuters", ["Thomson Reuters"]), ("AP", ["Associated Press", "The Associated Press"]),
        ("AFP", ["Agence France-Presse", "Agence France Presse"]), ("Xinhua", ["Xinhua News Agency"]),
        ("China News Service", ["CNS"]), ("TASS", ["ITAR-TASS"]), ("RIA Novosti", []), ("Interfax", []),
        ("Anadolu Agency", ["AA", "Anadolu"]), ("Kyodo News", ["Kyodo"]), ("Jiji Press", ["Jiji"]),
        ("Yonhap", ["Yonhap News Agency"]), ("KCNA", ["Korean Central News Agency"]), ("Bernama", []),
        ("Antara", []), ("PTI", ["Press Trust of India"]), ("ANI", ["Asian News International"]), ("IANS", []),
        ("UNI", ["United News of India"]), ("APP", ["Associated Press of Pakistan"]),
        ("AAP", ["Australian Associated Press"]), ("The Canadian Press", ["Canadian Press"]), ("dpa", ["DPA", "Deutsche Presse-Agentur"]),
        ("ANSA", []), ("EFE", ["Agencia EFE"]), ("Europa Press", []), ("Lusa", []), ("Agência Brasil", ["Agencia Brasil"]),
        ("Notimex", []), ("Prensa Latina", []), ("NAN", ["News Agency of Nigeria"]), ("KUNA", ["Kuwait News Agency"]),
        ("WAM", ["Emirates News Agency"]), ("SPA", ["Saudi Press Agency"]), ("QNA", ["Qatar News Agency"]),
        ("MENA", ["Middle East News Agency"]), ("IRNA", ["Islamic Republic News Agency"]), ("Fars", ["Fars News Agency"]),
        ("Tasnim", ["Tasnim News Agency"]), ("Mehr", ["Mehr News Agency"]), ("ISNA", []), ("BSS", ["Bangladesh Sangbad Sangstha"]),
        ("PNA", ["Philippine News Agency"]), ("VNA", ["Vietnam News Agency"]), ("Central News Agency", ["CNA", "Focus Taiwan"]),
        ("UPI", ["United Press International"]), ("Bloomberg", ["Bloomberg News"]), ("Ukrinform", []), ("BelTA", []),
        ("Kazinform", []), ("MTI", []), ("PAP", ["Polish Press Agency"]), ("CTK", ["ČTK"]), ("BTA", []), ("Agerpres", []),
        ("HINA", []), ("Tanjug", []), ("ATS", []), ("APA", []), ("Belga", []), ("ANP", []), ("NTB", []), ("TT", []),
        ("STT", []), ("Ritzau", []), ("Kenya News Agency", ["KNA"]), ("APS", ["Algérie Presse Service"]),
        ("MAP", ["Maghreb Arabe Presse"]), ("TAP", ["Tunis Afrique Presse"]), ("ENA", ["Ethiopian News Agency"]),
        ("Petra", ["Jordan News Agency"]), ("SANA", ["Syrian Arab News Agency"]), ("INA", ["Iraqi News Agency"]),
        ("Sputnik", ["Sputnik News"]), ("Andina", []), ("Télam", ["Telam"]),
        // Broadcasters
        ("BBC", ["BBC News", "British Broadcasting Corporation"]), ("CNN", []), ("NPR", []), ("PBS", []), ("ABC News", []),
        ("CBS News", []), ("NBC News", []), ("Fox News", []), ("MSNBC", []), ("Sky News", []), ("ITV News", []),
        ("Al Jazeera", ["Al-Jazeera"]), ("Al Arabiya", []), ("DW", ["Deutsche Welle"]), ("France 24", []), ("RFI", ["Radio France Internationale"]),
        ("Euronews", []), ("NHK", []), ("CGTN", []), ("CCTV", ["China Central Television"]), ("VOA", ["Voice of America"]),
        ("RFA", ["Radio Free Asia"]), ("RFE/RL", ["Radio Free Europe/Radio Liberty", "Radio Free Europe"]), ("RT", ["Russia Today"]),
        ("KBS", []), ("Arirang", []), ("Channel NewsAsia", ["CNA"]), ("ABC", ["Australian Broadcasting Corporation"]),
        ("CBC News", ["CBC"]), ("SABC", []), ("NTV", []), ("TRT World", ["TRT"]), ("Press TV", []), ("i24NEWS", []),
        ("Noticias Telemundo", ["Telemundo"]), ("Univision", []), ("Globo", ["TV Globo"]), ("Zee News", []), ("NDTV", []),
        ("Geo News", []), ("ARY News", []), ("Channels TV", []), ("Citizen TV", []), ("eNCA", []),
        // Newspapers, magazines and news sites
        ("The New York Times", ["New York Times", "NYT"]), ("The Washington Post", ["Washington Post"]),
        ("The Wall Street Journal", ["Wall Street Journal", "WSJ"]), ("Financial Times", ["FT", "The Financial Times"]),
        ("The Guardian", ["Guardian"]), ("The Times", []), ("The Telegraph", ["Daily Telegraph", "The Daily Telegraph"]),
        ("The Economist", ["Economist"]), ("The Independent", []), ("Politico", ["POLITICO"]), ("Axios", []), ("The Hill", []),
        ("USA Today", []), ("Los Angeles Times", ["LA Times"]), ("Newsweek", []), ("Time", ["TIME"]), ("The Atlantic", []),
        ("Foreign Policy", []), ("Semafor", []), ("The Intercept", []), ("Nikkei Asia", ["Nikkei"]),
        ("Le Monde", []), ("Le Figaro", []), ("Der Spiegel", ["Spiegel"]), ("Die Zeit", []), ("Frankfurter Allgemeine Zeitung", ["FAZ"]),
        ("Süddeutsche Zeitung", []), ("El País", ["El Pais"]), ("El Mundo", []), ("Corriere della Sera", []), ("La Repubblica", []),
        ("Kommersant", []), ("Izvestia", []), ("The Moscow Times", ["Moscow Times"]), ("Kyiv Independent", ["The Kyiv Independent"]),
        ("Hürriyet", ["Hurriyet"]), ("Daily Sabah", []), ("Haaretz", []), ("The Times of Israel", ["Times of Israel"]),
        ("The Jerusalem Post", ["Jerusalem Post"]), ("Arab News", []), ("Gulf News", []), ("The National", []), ("Asharq Al-Awsat", []),
        ("Al-Ahram", ["Ahram Online"]), ("Tehran Times", []), ("Dawn", []), ("The Express Tribune", ["Express Tribune"]),
        ("The News International", []), ("The Times of India", ["Times of India"]), ("Hindustan Times", []), ("The Hindu", []),
        ("The Indian Express", ["Indian Express"]), ("The Tribune", []), ("The Daily Star", ["Daily Star"]), ("The Kathmandu Post", []),
        ("Global Times", []), ("China Daily", []), ("People's Daily", ["People’s Daily"]), ("South China Morning Post", ["SCMP"]),
        ("Caixin", []), ("Taipei Times", []), ("The Asahi Shimbun", ["Asahi Shimbun", "Asahi"]),
        ("The Yomiuri Shimbun", ["Yomiuri Shimbun", "Yomiuri"]), ("The Mainichi", ["Mainichi Shimbun", "Mainichi"]),
        ("The Japan Times", ["Japan Times"]), ("The Korea Herald", ["Korea Herald"]), ("The Korea Times", ["Korea Times"]),
        ("JoongAng Daily", ["Korea JoongAng Daily", "JoongAng Ilbo"]), ("Chosun Ilbo", []), ("The Straits Times", ["Straits Times"]),
        ("The Jakarta Post", ["Jakarta Post"]), ("Bangkok Post", []), ("The Star", []), ("Philippine Daily Inquirer", ["Inquirer"]),
        ("VnExpress", []), ("The Sydney Morning Herald", ["Sydney Morning Herald"]), ("The Australian", []),
        ("New Zealand Herald", ["NZ Herald"]), ("The Globe and Mail", ["Globe and Mail"]), ("Toronto Star", []),
        ("Clarín", ["Clarin"]), ("La Nación", ["La Nacion"]), ("Folha de S.Paulo", ["Folha"]), ("O Globo", []), ("El Universal", []),
        ("Reforma", []), ("El Tiempo", []), ("Daily Maverick", []), ("Mail & Guardian", []), ("News24", []), ("The Punch", ["Punch"]),
        ("Vanguard", []), ("Premium Times", []), ("The Guardian Nigeria", []), ("Daily Nation", ["Nation"]),
        ("The East African", []), ("The Standard", []), ("The Citizen", []), ("New Times", ["The New Times"]), ("Ghanaian Times", []),
        ("Irish Times", ["The Irish Times"]), ("The Scotsman", []), ("Daily Mail", []), ("The Sun", []), ("Mirror", ["Daily Mirror"]),
        ("Evening Standard", []), ("Kathimerini", []), ("Gazeta Wyborcza", []), ("Meduza", []), ("Novaya Gazeta", []),
    ]

    /// Photo agencies and picture desks: a caption credit naming one of these does not name the outlet.
    static let photoAgencies: Set<String> = [
        "getty images", "getty", "afp", "reuters", "ap", "ap photo", "epa", "epa-efe", "efe", "shutterstock", "alamy",
        "xinhua", "vcg", "visual china group", "imaginechina", "sipa", "sipa usa", "anadolu", "anadolu agency", "dpa",
        "picture alliance", "aap", "aap image", "aap picture", "pa", "pa images", "pa wire", "bloomberg", "zuma", "zuma press",
        "nurphoto", "sopa images", "handout", "file", "file photo", "courtesy", "supplied", "twitter", "x", "facebook",
        "instagram", "wikimedia commons", "kyodo", "yonhap", "jiji", "tass", "sputnik", "ani", "pti", "ians", "hindustan times",
        "the new york times", "associated press",
    ]

    /// Words that appear in outlet names and rarely in people's names ("Evening Post", "News Service").
    static let outletWords: Set<String> = [
        "times", "post", "news", "daily", "herald", "journal", "tribune", "agency", "press", "gazette", "telegraph",
        "guardian", "observer", "standard", "chronicle", "review", "mail", "express", "star", "sun", "today", "online",
        "tv", "radio", "network", "broadcasting", "television", "media", "service", "wire", "monitor", "courier",
        "inquirer", "examiner", "independent", "dispatch", "bulletin", "sentinel", "leader", "nation", "world", "globe",
        "shimbun", "ilbo", "zeitung", "diario", "gazeta", "magazine", "weekly", "insider", "reporter", "mirror", "record",
        "register", "recorder", "digest", "report", "channel", "newsroom", "bureau", "network", "cable", "telegram",
    ]

    private static let canonicalByName: [String: String] = {
        var map: [String: String] = [:]
        for entry in entries {
            map[entry.name.lowercased()] = map[entry.name.lowercased()] ?? entry.name
            for alias in entry.aliases { map[alias.lowercased()] = map[alias.lowercased()] ?? entry.name }
        }
        return map
    }()

    /// Names longest first, so "The Washington Post" is tried before "Post"-less shorter names.
    static let allNamesLongestFirst: [String] = {
        var names: [String] = []
        for entry in entries {
            names.append(entry.name)
            names.append(contentsOf: entry.aliases)
        }
        return names.sorted { $0.count > $1.count }
    }()

    /// The canonical name when `name` is a known outlet (case-insensitive, leading "the" optional).
    static func canonical(_ name: String) -> String? {
        let key = name.lowercased()
        if let hit = canonicalByName[key] { return hit }
        if key.hasPrefix("the "), let hit = canonicalByName[String(key.dropFirst(4))] { return hit }
        if let hit = canonicalByName["the " + key] { return hit }
        return nil
    }

    static func isKnown(_ name: String) -> Bool { canonical(name) != nil }

    /// True when a name-like phrase reads like an outlet's name ("Andean News Service", "The Daily Star").
    static func looksLikeOutletName(_ phrase: String) -> Bool {
        if isKnown(phrase) { return true }
        let words = phrase.split(separator: " ").map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        return words.contains { outletWords.contains($0) }
    }
}
