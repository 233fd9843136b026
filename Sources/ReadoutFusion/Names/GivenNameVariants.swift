// Short forms and spelling variants of common given names, so "Jon Baker"-style short forms
// find their full names across outlets. In: a folded given name. Out: its equivalence class.
// General knowledge: the usual English hypocorisms as listed in the Oxford Dictionary of First
// Names (Hanks, Hardcastle & Hodges) and the common romanizations of Arabic and Slavic given
// names used by wire services (AP Stylebook transliteration notes). Not tied to any article.

enum GivenNameVariants {
    private static let groups: [[String]] = [
        ["jonathan", "jon", "johnny", "jonny"],
        ["john", "jack", "johnny", "jon"],
        ["robert", "bob", "bobby", "rob", "robbie", "bert"],
        ["william", "bill", "billy", "will", "willy", "liam"],
        ["antony", "anthony", "tony", "anton"],
        ["michael", "mike", "mick", "mikey", "mikhail", "mikhael"],
        ["richard", "dick", "rick", "ricky", "rich"],
        ["james", "jim", "jimmy", "jamie"],
        ["joseph", "joe", "joey", "jose"],
        ["thomas", "tom", "tommy"],
        ["charles", "charlie", "chuck"],
        ["edward", "ed", "eddie", "ted", "ned"],
        ["theodore", "ted", "teddy", "theo"],
        ["elizabeth", "liz", "beth", "betty", "eliza", "lisa"],
        ["margaret", "maggie", "meg", "peggy", "greta"],
        ["katherine", "catherine", "kathryn", "kate", "katie", "cathy", "kathy", "ekaterina", "yekaterina"],
        ["alexander", "alex", "alec", "sasha", "aleksandr", "alexandr", "oleksandr"],
        ["alexandra", "alex", "sasha", "aleksandra", "oleksandra"],
        ["christopher", "chris", "kit"],
        ["christine", "chris", "christina", "kristina"],
        ["daniel", "dan", "danny"],
        ["david", "dave", "davy"],
        ["steven", "stephen", "steve", "stefan", "stepan"],
        ["nicholas", "nick", "nicky", "nikolai", "nikolay", "mykola", "nicolas"],
        ["samuel", "sam", "sammy"],
        ["samantha", "sam"],
        ["benjamin", "ben", "benny", "bibi"],
        ["matthew", "matt"],
        ["andrew", "andy", "drew", "andrei", "andriy", "andrey"],
        ["lawrence", "laurence", "larry", "laurie"],
        ["gregory", "greg"],
        ["jeffrey", "geoffrey", "jeff", "geoff"],
        ["kenneth", "ken", "kenny"],
        ["ronald", "ron", "ronnie"],
        ["donald", "don", "donnie"],
        ["douglas", "doug"],
        ["frederick", "fred", "freddie"],
        ["francis", "frank", "frankie", "francisco", "francois", "franz"],
        ["gerald", "gerry", "jerry"],
        ["henry", "harry", "hank"],
        ["patrick", "pat", "paddy"],
        ["patricia", "pat", "patty", "trish"],
        ["peter", "pete", "pyotr", "petro"],
        ["philip", "phillip", "phil"],
        ["raymond", "ray"],
        ["timothy", "tim"],
        ["walter", "walt"],
        ["zachary", "zach", "zack"],
        ["susan", "sue", "suzy"],
        ["deborah", "debbie", "deb"],
        ["jennifer", "jen", "jenny"],
        ["rebecca", "becky"],
        ["victoria", "vicky", "tori"],
        ["valentina", "valya"],
        ["vladimir", "volodymyr", "volodya", "vlad"],
        ["dmitry", "dmitri", "dmytro", "dima"],
        ["sergei", "sergey", "serhiy", "serhii"],
        ["yuri", "yury", "yuriy", "iouri"],
        ["mohammed", "muhammad", "mohammad", "mohamed", "muhammed", "mohamad", "mohamud", "mehmet"],
        ["ahmed", "ahmad", "ahmet"],
        ["mahmoud", "mahmud", "mahmood"],
        ["hussein", "husain", "hussain", "huseyin"],
        ["abdullah", "abdallah", "abdulla"],
        ["abdel", "abdul", "abd"],
        ["yusuf", "youssef", "yousef", "yousif", "joseph"],
        ["ibrahim", "ebrahim", "abraham"],
        ["omar", "umar"],
        ["osama", "usama"],
        ["recep", "rejep"],
    ]

    private static let classes: [String: Set<String>] = {
        var map: [String: Set<String>] = [:]
        for group in groups {
            for name in group { map[name, default: []].formUnion(group) }
        }
        return map
    }()

    /// True when the two folded given names are listed as forms of one name.
    static func equivalent(_ a: String, _ b: String) -> Bool {
        a == b || (classes[a]?.contains(b) ?? false)
    }
}
