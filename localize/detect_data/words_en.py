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

# News and everyday vocabulary, and words spelled the same in neighbouring languages.
WORDS += """
ability able absence absolute absolutely academic accept accepted access accident accord
according account accounts accused achieve achieved acid acquire acquired act acting active
actively activities actor actors actress actual adapt addition additional address addressed adds
adequate administration admit admitted adopt adopted adult adults advance advanced advantage
adventure advice advised affair affairs affect affected afford afraid african afternoon agencies
agency agenda agent agents aggressive ago agree agreed agreement agrees agriculture ahead aid
aim aimed aims aircraft airline airport alarm album alcohol alive alleged alliance allies alone
amazing ambition amendment american americans amount amounts analysis analyst ancient angel
anger angle animal animals anniversary announce announced announcement annual answer answered
answers anybody apart apartment apparent apparently appeal appeals approach approached
appropriate approval approve approved approximately architecture argue argued argument arguments
arise armed army arrest arrested arrival arrive arrived arrives article artist artists aside
asleep aspect aspects assault assembly assess assessment asset assets assist assistance
assistant associate associated association assume assumed assure attached attempt attempted
attempts attend attended attitude attorney attract attractive audience author authorities
authority authors auto automatic average avoid avoided award awarded awards aware baby
background bag balance ball ban band bank banks bar barely base baseball based basic basis
basket bathroom battle beach bear beat beaten beauty became become becomes becoming bed bedroom
beer beginning behavior behaviour belief beliefs belong beloved beneath benefit benefits bet
bike billion bird birds birth bit bite bitter blame blind block blog blood blow board boat
bodies bold bomb bond bone bones bonus boost border bored boring born borrow boss bother bottle
bottom bought bound boundaries bowl box brain branch brand bread break breakfast breaking breaks
breast brick bridge brief briefly bring bringing broad broadcast brought brown brush budget
buildings bullet bunch burden burn burned burning bus busy butter button buying cabinet cable
cake calendar camp campus candidate candidates cap capable capacity capital captain capture
captured carbon card cards career careful carefully carried carry carrying cash cast castle cat
catch category cattle caught cause caused causes causing celebrate celebrated celebration cell
cells central century ceremony chain chair chairman challenge challenged challenges champion
championship chance chances changed changing channel chapter character characters charge charged
charges charity chart cheap cheese chef chemical chest chicken chief chip choice choices choose
chose chosen christian cigarette circle circumstances citizen citizens civil claim claimed
claims clean cleaning clearly climate climb clinical clock closely closer closing clothes
clothing cloud club clubs coach coal coast coat code coffee cognitive collapse colleague
colleagues collect collected collection colonial color colour column combat combination combined
comedy comfort comfortable command comment comments commercial commission commit commitment
committed committee commonly communicate communication companies comparison compete competition
competitive complain complaint complete completed completely complex component computer concept
concern concerned concerns concert conclusion condition conditions conduct conducted conference
confidence confident confirm confirmed conflict confused confusion congress connect connected
connection consequences conservative considerable consideration considering consist consistent
constant constantly constitution construction consumer consumers contact contain contained
contains content contest context contract contribute contribution controlled controls convention
conversation convinced cook cooking cop copy core corner corporate correct cost costs cotton
couch council counter counties counts county courage course courses cousin cover coverage
covered covering cow crack craft crash crazy cream create creating creative credit crew crime
crimes criminal critic critical criticism crop cross crowd crucial cry cultural culture cup
curious currency currently customer customers cycle dad damage damaged dance dancing danger
dangerous dare dark darkness date dates dating dawn dead deadly deal dealing deals dealt dear
debate debt decade decades decide declared decline deep deeply defeat defence defend defense
deficit define defined definition degree degrees delay deliver delivered delivery demand demands
democracy democratic demonstrate denied deny department depend dependent depending depends
deposit depth deputy describe described description desert design designed designer desire desk
desperate despite destroy destroyed destruction detail detailed details detect determine
determined develop developed developing device devices dialogue diet differ differences
difficulty digital dinner direct directed direction directions directly dirty disability
disagree disappear disaster discipline discover discovered discovery discuss discussed
discussion disease distance distinct distribution district divide divided division doctor
document documents dog dogs dollar dollars domestic dominant done double doubt downtown dozen
draft drag drama dramatic draw drawing drawn dream dreams dress dressed drew drink drinking
drive driven driver driving drop dropped drove drugs dry due dust duty eager earlier earn earned
earth ease easily eastern eating economics economy edge edition editor educational effective
effectively efficient egg eggs eight eighteen elderly elect elected electric electricity element
elements elsewhere emerge emerged emergency emphasis empire employ employee employees employer
employment empty enable encounter encourage encouraged ended ending enemy energy enforcement
engage engaged engine engineer engineering english enhance enjoy enjoyed enormous ensure enter
entered entertainment enthusiasm entirely entrance entry environment environmental episode equal
equally equipment era error escape especially essay essential establish established estate
estimate estimated ethnic european evaluate evaluation eventually evidence evil exact examine
example examples excellent exchange excited exciting executive exercise exhibit exhibition exist
existence existing expand expansion expectations expense expensive experienced experiences
experiment expert experts explain explained explanation explore explosion export expose exposed
exposure express expression extend extended extension extent external extra extreme extremely
fabric facilities facility factor factors faculty fail failed failing failure fair fairly faith
fallen false fame familiar famous fan fans fantastic farm farmer farmers fashion fat fate fault
favor favorite favour favourite fear feature featured features fee feed feedback feel female
fence festival fewer fiction fifteen fifth fifty fight fighter fighting file filed files fill
filled filling films finance financial finding findings fine finger fingers finish finished fire
fired firm firms fiscal fish fishing fit fitness five fix fixed flag flat flavor flesh flew
flight float flood floor flow flower flowers fly flying focus focused folk folks follow followed
font food foods fool football forces foreign forest forever forget forgot forgotten formal
format former formula forth fortune forty forward fought foundation founded four fourth frame
framework frank fresh fridge fried friendly friendship front fruit frustrated fuel fulfill fully
fun function functions fund funding funds funeral funny furniture further furthermore future
gain gained gallery gap garage garden gas gate gather gathered gave gay gaze gear gender gene
general generally generate generation generations genetic gentle gentleman genuine gift gifts
given gives glad glance glass global goal goals goes going gold golden golf goods gorgeous
governor grab grade gradually graduate grain grand grandfather grandmother grant grants grass
grave gray greatest greatly green grew grey gross groups growing grown guarantee guard guess
guest guests guidance guide guidelines guilt guilty gun guns habit habits hair half hall handle
handled hang happening happily harassment hardly harm hat headed heading headline heads healthy
hearing heat heaven heavily heavy height helicopter hell helpful hence herb heritage hero heroes
hidden hide highlight highly highway hill hills hire hired historian historic historical hit
hits holding hole holiday holidays holy homeless homes honest honey honor honour hook horror
horse horses host hosted hostile hot hotel household housing huge humor hundred hundreds hung
hungry hunt hunting hurry ice identify identity ignore ignored illegal illness illustrate
imagine immediate immediately immigrant immigrants immigration impact implement implementation
implications imply importance impose impossible impress impression impressive improve improved
improvement incentive incident income increase increased increases increasing increasingly
incredible indeed independence independent index indian indicate indicated individual
individuals industrial infant infection inflation influence inform initial initially initiative
injured injury inner innocent innovation input inquiry inside insight insist inspired install
instance instead institution institutions instruction instructor instrument insurance
intelligence intend intended intense intention interested interesting interests interior
internal interpretation interview interviews introduce introduced invasion invest investigate
investigation investment investors invited involve involved involvement involves iron island
isolated item items jacket jail joint joke journal journalist journey joy judge judgment juice
jump junior jury justice justify keen key kick killer killing kinds king kingdom kiss kitchen
knee knees knock label labor labour lack ladies lady lake landscape language languages laptop
largely largest laser lasting lately later latest latter laughed laughter launch launched lawyer
lawyers layer leaders leadership leading leaf league lean leap learned least leather leave
lecture legacy legend legislation legitimate lesson lessons letter letters liberal library
license lie lies lifestyle lift lights likely limit limited limits linked lip lips list listed
listen literally literature living loan lobby locate located location lock logic lonely longer
loose lord loss losses loud lovely lover loving lower luck lucky lunch lung lungs machine
machines mad magazine magic mail mainly maintain maintained majority maker makers male mall
manage managed management manager managers manner manufacturer manufacturing map margin marine
marked marketing married mask mass massive master match matches material materials maximum mayor
meal meaning meaningful means meant measure measured measures meat mechanism medal media meeting
meetings memories memory mental mention mentioned menu mere merely mess message metal method
methods middle might mild military milk million millions mine minimum minister minor minority
miracle mirror missile mission mistake mistakes mix mixed mixture mobile mode moderate modern
modest mom monitor monitoring moon moral mortgage mostly motion motivation motor mountain
mountains mouse mouth movement movements movie movies muscle museum musical musician mutual
mystery naked narrative narrow nation nations native naturally nature nearby nearly neck
negative negotiate negotiations neighbor neighborhood neighbors neighbour neither nerve nervous
network networks newly newspaper nice nine nobody nod noise nominee none nonetheless nor normal
normally northern nose note noted notes notice noticed notion novel nowhere nuclear numerous
nurse nut object objective objects obligation observation observe observed observer obtain
obvious obviously occasion occasionally occupy occur occurred ocean odd odds offense offensive
offer offering offers officer officers officials oh ok okay olympic ongoing onion online opening
operate operating operation operations operator opinion opinions opponent opportunities
opportunity oppose opposed opposite opposition option options orange order ordered orders
ordinary organic organisation organizations organize organized origin original originally others
otherwise ought outcome outcomes outdoor outer output outside outstanding overall overcome
overlook owe owned owner owners ownership pace pack package page pages paid painful paint
painter painting pair palace pale palm panel pants parent park parking participant participants
participate participation particular particularly partly partner partners partnership passage
passenger passing passion past path patience pattern patterns pause peace peak peer penalty
pension pepper percent percentage perception perfect perfectly perform performance performed
perhaps period permanent permission permit personality personally perspective persuade phase
phenomenon philosophy photograph photographer phrase physician physics pick picked picture
pictures pie pile pilot pink pipe pitch plain planet planned planning plant plants plastic plate
platform players playing plea pleasant pleased pleasure plenty plot plus pocket poem poet poetry
pole policies political politically politician politicians politics poll pollution pool poor pop
popular popularity portion portrait pose position positive possess possibility possibly potato
potential potentially pound pour poverty powerful practical practices pray prayer precisely
predict prefer preferred pregnancy pregnant premium preparation prepare prepared presence
presentation presented preserve presidential press pressure pretend prevent prevention previous
previously pride priest primarily primary prime principal principle principles print prior
priority prison prisoner privacy prize probably problems procedure procedures proceed process
processes produce produced producer product production products profession professional
professor profile profit profits profound programs progress projects prominent promise promised
promote promotion proof proper properly property proportion proposal propose proposed prosecutor
prospect protect protected protection protein protest protests proud prove proved provider
providers province provision psychological public publication publicly publish published pull
pulling punishment purchase pure purple purpose purposes pursue push pushed pushing putting
qualify quality quarter quarterback queen quest questioned quietly quit quote race races racial
racism radical rail rain raised raising ran range rank rapid rapidly rare rarely rate rates
rating ratio raw reach reaction reader readers readily reading realistic reality realize
realized rear reasonable reasons recall receive received receiving recent recently recipe
recognition recognize recognized recommend recommendation recommended recording records recover
recovered recovery reduce reduced reduction refer reference referred reflect reflected
reflection reform refugee refuse refused regard regarding regardless regime region regional
register regular regularly regulation regulations regulatory reject rejected relate related
relations relationship relative relatively relatives release released relevant reliable relief
religion religious reluctant rely remain remaining remarkable remarks remind remote removal
remove removed rent repeat repeated replace replaced reply represent representation
representative represented reputation request requirement requirements rescue reserve resident
residents resist resistance resolution resolve resort resource resources respect respond
responded response responses responsibility responsible restaurant restaurants restore
restrictions retain retire retired retirement return returned returning reveal revealed revenue
review reward rhythm rice rich ride rifle ring rise rising risk risks river road rock rocks role
roles roll romantic roof root rope rose rough roughly round route routine row royal rule rules
ruling rural rush sacred sad safety sake salad salary sale sales salt sample sand satellite
satisfaction satisfied sauce save saved saving savings scale scandal scared scenario scene
scenes schedule scheme scholar scholarship science sciences scientific scientist scientists
scope score scores scoring scream screen script sea search searching season seasons seat secret
secretary section sector secure security seek seeking seem segment seize select selected
selection self sell selling senate senator senior sensitive sentence separate sequence series
serious seriously servant serve service services session settle settled settlement seven seventh
several severe sex sexual shade shadow shake shame shape shaped shares sharp shelter shift shine
ship ships shirt shit shock shoe shoes shoot shooting shop shopping shore short shortly shot
shoulder shoulders shout shower shut shy sick sight sign signal signed significance significant
significantly signs silence silent silver similar simply sing singer singing single sir sister
sit site sites sitting situations six size skill skills skin sky slave sleep slide slight
slightly slip slow small smart smell smoke smoking smooth snap snow soccer social socially soft
software soil solar soldier soldiers solid solution solutions solve somewhat son song songs soon
sorry sort soul sound sounds soup source southern space spanish speak speaker speaking speaks
special specialist species specific specifically speech speed spend spending spent spirit
spiritual split spoke sponsor sport sports spot spread spring square squeeze stability stable
staff stage stairs stake standard standards standing star stare stared stars starting state
statement station statistics status steady steal steel stem step steps stick stiff stock stomach
stone stones stood stop storage store storm straight strange stranger strategic strategy stream
strength strengthen stress stretch strict strike striking string strip stroke structure student
studio stuff stupid style subject submit subsequent substance substantial succeed success
successful successfully sudden sue suffer suffered suffering sufficient sugar suggest suggestion
suicide suit summer summit super supply supported supporter supporters supporting suppose
supposed supreme surely surface surgery surprise surprised surprising surround surrounding
survey survival survive survivor suspect suspended sustain sweet swim swing switch symbol
symptom symptoms system table tackle tail talent tall tank tape target task taste taught teach
teaching tear technical technique techniques teen teenager teens telephone telescope television
temperature temple temporary tend tendency tennis tension tent term terms terrible territory
terror terrorism terrorist terrorists testimony testing tests thank thanks theater theatre theme
themes theory therapy thick thin thinking thirty thousand thousands threat threaten threatened
three threw throat throughout throw throwing thus ticket tie tight till tiny tip tired tissue
title tobacco toe toilet tomato tone tongue tool tools tooth top topic total totally touch tough
tour tourism tourist tourists toward tower towns toxic track trade tradition traditional traffic
tragedy trail train trained training transfer transform transformation transition translate
translation transport transportation trap travel traveling treat treated treaty trend trends
trial trials tribe trick trip troops trouble truck truly trust truth tube tunnel turkey twelve
twenty twice twin twitter ultimate ultimately unable uncle understanding unemployment
unfortunately uniform union unique unit united units universal universe university unknown
unlike unlikely unusual upper urban urge usual usually vacation valley valuable values van
variable variation variety various vary vast vegetable vehicle vehicles venture version versus
vessel veteran victim victims victory video view viewer views village violence violent virtual
virtually virus visible vision visit visited visitor visitors visual vital voice volume
volunteer volunteers vote voted voters voting vulnerable wage wages waiting wake walking wall
walls war warm warming warn warned warning wash waste watching wave waves weak wealth wealthy
weapon weapons wear wearing website wedding weekly weigh weight welcome welfare western wet
whatever wheel whenever whereas wherever whisper wide widely wild wildlife willing wind window
windows wine wing winner winning wins winter wire wisdom wise wish withdraw witness woman wonder
wonderful wood wooden wool worker working workplace workshop worldwide worried worry worse worst
worth wound wrap writer writers wrong wrote yard yeah yell yellow yield young younger youth zone
"""
