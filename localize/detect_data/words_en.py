"""Common English words (content words and inflected forms), written by hand for detection."""

WORDS = """
time year years people way day days man men woman women child children world life hand hands
part parts place places case cases week weeks company companies system systems program question
questions work works worked working government number numbers night nights point points home
water room rooms mother father mom dad area areas money story stories fact facts month months
lot right study studies book books eye eyes job jobs word words business issue issues side kind
head house houses service friend friends power hour hours game games line lines end member members
law car city cities community name names president team minute minutes idea kid kids body bodies
information back parent parents face faces others level office door health person art war history
party result results change changes morning reason research girl girls guy guys moment air teacher
force education foot feet boy boys age policy music market sense nation plan college interest death
experience effect effects class control care field development role effort rate heart heartbreak
drug show leader light voice wife husband police mind price report decision son daughter view
relationship relationships town road arm arms difference thing value building action model season
society tax director position player players record paper space ground form event events official
matter center centre couple site project activity star table need court oil situation cost industry
figure street image phone data picture practice piece land product doctor doctors wall patient
patients worker workers news test movie north south east west love support technology step baby
computer type attention film tree source organization hair window evidence population truth
thought thoughts feelings emotions emotion stress anxiety depression therapy therapist counselor
counseling recovery healing wellbeing wellness sadness loneliness grief fear fears panic attack
attacks sleep breath breathing tears hope strength courage kindness self selfcare worth struggle
struggles struggling pain suicide crisis hotline helpline awareness stigma disorder disorders
illness treatment medication symptoms symptom diagnosis psychiatrist psychologist trauma burnout
mood moods mental emotional physical social personal daily weekly honest honestly lonely sad
happy happier tired exhausted anxious worried scared afraid angry upset okay alright fine safe
unsafe calm peaceful strong weak brave proud grateful thankful blessed hopeless helpless worthless
overwhelmed stressed depressed broken healed alive deep real true false hard easy simple difficult
important possible available likely able free sure clear certain whole full major public private
special main national local international political economic federal human natural medical
legal current recent late early young old new big small large little long short high low great
good bad best worst better worse last next first second third final single open close closed
ready red white black blue green yellow dark bright hot cold warm cool rich poor nice beautiful
pretty ugly wrong different same similar several various entire common huge tiny strange weird
funny serious quick quickly slow slowly fast quiet loud busy lazy sick healthy crazy wild
beside beyond within upon across along around behind below above toward towards against among
during except despite unless whether either neither therefore however otherwise anyway somehow
maybe perhaps probably actually literally basically finally suddenly usually recently nearly
almost already enough quite rather pretty especially exactly certainly definitely simply
say says said saying make makes made making go goes went gone take takes took taken taking see
sees saw seen seeing come comes came coming know knows knew known knowing think thinks thought
thinking look looks looked looking want wants wanted give gives gave given giving use uses used
using find finds found finding tell tells told telling ask asks asked asking seem seems seemed
feel feels felt try tries tried trying leave leaves left leaving call calls called calling keep
keeps kept let lets begin begins began begun help helps helped helping talk talks talked talking
turn turns turned start starts started starting show shows showed shown hear hears heard play
plays played playing run runs ran running move moves moved moving live lives lived living believe
believes believed hold holds held bring brings brought happen happens happened write writes wrote
written writing provide provides provided sit sits sat stand stands stood lose loses lost losing
pay pays paid meet meets met include includes included including continue continues continued
set sets learn learns learned learning lead leads led understand understands understood watch
watched watching follow follows followed following stop stops stopped create creates created
speak speaks spoke spoken read reads reading allow allows allowed add adds added spend spends spent
grow grows grew grown growing open opens opened walk walks walked walking win wins won offer
offered remember remembers remembered consider considered appear appears appeared buy buys bought
wait waits waited waiting serve served die dies died dying send sends sent expect expected build
builds built stay stays stayed fall falls fell fallen cut cuts reach reached kill killed remain
remains remained suggest suggested raise raised pass passed sell sold require requires required
report reported decide decided pull pulled cry cries cried crying laugh laughed smile smiled
sleeping sleep slept wake woke eat eats ate eaten drink drank worry worries worrying hate hates
hated hurt hurts hurting heal heals healed share shares shared sharing post posted reach check
checked matter matters mattered deserve deserves breathe breathes relax rest rested
listen listens listened listening reach out care cares cared caring miss missed missing thank
thanks thankful welcome sorry please hello hi hey bye goodbye yeah yes nope wow oh lol omg
something everything nothing anything someone anyone everyone nobody everybody somebody
myself yourself himself herself itself ourselves themselves whatever whenever wherever
would could should might must shall will can may cannot couldn't wouldn't shouldn't
aren't weren't hasn't haven't hadn't doesn't didn't isn't wasn't won't i'd you'd he's she's
that's there's what's who's here's we'll they'll you'll we've they've you've
minute second hour today tonight tomorrow yesterday weekend monday tuesday wednesday thursday
friday saturday sunday january february march april june july august september october
november december spring summer autumn fall winter morning afternoon evening midnight
school university student students class classes teacher teachers exam exams homework job
boss coworker coworkers family families brother brothers sister sisters husband wife partner
boyfriend girlfriend wedding marriage divorce birthday holiday holidays vacation party parties
food meal breakfast lunch dinner coffee tea beer wine bread meat chicken fish fruit vegetables
money bank price prices pay salary rent bill bills shop shopping store stores market
country countries state states city village island river mountain sea ocean beach forest
weather rain snow wind sun sunny rainy cloudy storm
church god jesus christmas easter prayer faith soul spirit
election elections vote voters campaign congress senate minister parliament government
economy economic growth crisis prices inflation budget taxes trade jobs unemployment
hospital hospitals clinic nurse nurses medicine vaccine virus disease cancer surgery
football soccer basketball baseball match league season coach championship player fans
news article articles newspaper magazine television radio internet website online video
videos photo photos camera phone phones app apps message messages email text texts
happiness loneliness madness kindness darkness weakness wellness fitness
beautiful wonderful awful terrible horrible amazing awesome incredible
understanding feeling thinking nothing morning evening
although through thought though enough tough rough laugh daughter brought caught taught
knowledge knew know known knock knife write wrong whole who whose which while white why
"""
