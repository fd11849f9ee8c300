// Word lists the attribution rules read. Kept small and plain: they describe English
// news prose, not the language at large.

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Verbs that introduce what someone said, finite ("said") … */
export const SPEECH_VERBS = set(`
  said says say told tells added adds stated states wrote writes warned warns argued argues claimed claims
  declared declares insisted insists noted notes explained explains announced announces replied replies
  responded responds asked asks urged urges reported reports described describes continued continues
  recalled recalls acknowledged acknowledges admitted admits confirmed confirms denied denies stressed stresses
  emphasised emphasized pledged promised vowed tweeted posted commented remarked observed suggested predicted
  concluded condemned accused called calls quipped shouted cautioned agreed added
  specified specifies indicated indicates affirmed affirms assured assures underlined underlines reiterated reiterates
  maintained maintains conceded concedes countered counters retorted retorts
`);

/** … and participles ("saying"), whose speaker is the subject of the sentence's main clause. */
export const SPEECH_PARTICIPLES = set(`
  saying adding describing calling praising noting warning telling writing urging insisting arguing claiming
  specifying indicating affirming reiterating
  declaring explaining stressing accusing condemning denying vowing promising pledging branding dubbing labelling
`);

/** Words that begin a phrase which cannot be a clause's subject ("In response, …", "Last week, …"). */
export const ADVERBIAL_STARTS = set(`
  in on at after before during since for with without despite following under by from as according meanwhile however
  also last this earlier later yesterday today tomorrow then still instead separately moreover furthermore but and so
  just when while although though if because once now until amid over about nearly almost already
  outside inside speaking asked
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
`);

/** Finite verbs that do not end in -ed, for finding where a subject ends. */
export const COMMON_VERBS = set(`
  is was are were has have had will would can could may might must should shall does did do
  says said tells told gives gave makes made takes took wins won loses lost meets met sends sent leaves left runs ran
  begins began becomes became falls fell rises rose regards regard holds held keeps kept sees saw
  wants wanted needs plans hopes expects believes thinks thought knows knew
`);

/** Nouns that make a lowercase phrase an organisation or a group ("the foreign ministry", "Russian state media"). */
export const ORGANISATION_HEADS = set(`
  ministry government agency company council police military army union media operator court embassy office
  department regulator authorities administration commission committee parliament cabinet party firm group
  newspaper broadcaster outlet kremlin presidency bank board authority service forces institute university
`);

/** Nouns naming an unnamed person or people speaking ("a council spokesperson", "union leaders"). */
export const ROLE_HEADS = set(`
  spokesman spokeswoman spokesperson official officials leader leaders traders residents analysts experts
  diplomat diplomats source sources minister executive director secretary chairman chairwoman chair head
  president prosecutor prosecutors lawyer lawyers witness witnesses member members
  mayor prefect governor councillor councilor lawmaker legislator senator judge founder owner manager
  economist scientist researcher professor chairperson treasurer coach captain
`);

/** Title words that may stand before a name ("Russian President Vladimir Putin", "Councillor Priya Shah"). */
export const NAME_TITLES = set(`
  President Vice Prime Foreign Defence Defense Finance Interior Minister Chancellor Councillor Councilor Senator
  Governor General Gen. Secretary Mayor Dr Dr. Professor Prof. Judge King Queen Prince Princess Pope Chief
  Executive Director Chairman Chairwoman Ambassador Spokesman Spokeswoman Commissioner Representative Rep. Sen.
  Mr Mr. Mrs Mrs. Ms Ms. Lord Lady Sir Dame Archbishop Bishop Colonel Col. Captain Capt. Lieutenant Admiral
  Sheikh Emir Premier Deputy Health Transport Environment Economy Culture Education Justice Trade Energy
  Prefect Superintendent Inspector Sheriff Dean Rector Provost Chair Chairperson Treasurer Speaker
`);

/** Adjectives of nationality that may stand before a title ("Russian President"). */
export const NATIONALITY = /^(?:\p{Lu}\p{Ll}+(?:ian|an|ese|ish|ic|i|ch|sh))$/u;

/** Words that, opening a short quotation, make it a name rather than a statement. */
export const LABEL_CUES = /(?:\bso[- ]called|\bdubbed|\bcalled|\btermed|\bbranded|\blabell?ed|\bnamed|\bknown as|\bas)\s*$/i;

export const PRONOUNS: Record<string, "person" | "organisation" | "any"> = {
  he: "person",
  she: "person",
  it: "organisation",
  they: "any",
  we: "any",
  i: "person",
};

/** Outlets and agencies often named as publishers. */
export const OUTLET_WORDS =
  /\b(?:Reuters|AFP|AP|Associated Press|Agence France-Presse|BBC|CNN|Bloomberg|TASS|KCNA|Xinhua|Interfax|News|Times|Post|Press|Herald|Journal|Gazette|Tribune|Guardian|Telegraph|Courier|Chronicle|Observer|Standard|Mirror|Express|Independent|Examiner|Courant|Monitor|Radio|TV|Television|Broadcasting|Media|media|newspaper|Daily|Agency|Star|Globe|Echo|Sentinel|Bulletin|Dispatch|Inquirer)\b/;
export const AGENCY_WORDS = /\b(?:Reuters|AFP|AP|Associated Press|Agence France-Presse|TASS|KCNA|Xinhua|Interfax|Yonhap|Agency|agency)\b/;
export const GOVERNMENT_WORDS =
  /\b(?:Ministry|ministry|Government|government|Department|Council|council|Parliament|Kremlin|White House|Office|Embassy|Presidency|Cabinet|Commission|Authority)\b/;
