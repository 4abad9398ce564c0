/**
 * The words of English that news of any subject uses ("report", "call", "year", "official",
 * "plan"): words the language, not a corpus, says are common. A few thousand articles on one
 * subject make such words look rare (a corpus of one story about a pause says "report" seldom),
 * so a suggestion never rests on them alone: a passage and a claim, or an article and a story,
 * must share a word of another kind too, a name or a word that tells a subject apart ("dam",
 * "pause", "Anthropic"). Written as English writes them; read through `words()`, which folds
 * them as it folds a text.
 */
export const COMMON_ENGLISH = `
able accept access account act action active activity actually add address administration admit adult affect afraid
age agency agent ago agree agreement ahead aid aim air allow almost alone along already although always among amount
analysis announce announcement annual another answer anyone anything appear apply approach approve area argue argument
arm around arrive art article ask attack attempt attention available avoid away back bad bank base basis bear beat
become bed begin behind believe benefit best better big bill billion bit black blue board body book born boss bring
brother budget build building business buy call campaign can candidate capital car card care career carry case catch
cause center central centre century certain certainly chair challenge chance change charge check chief child choice
choose church citizen city civil claim class clear clearly close club coast cold collect college come comment commercial
commission committee common community company compare complete concern condition conference confirm consider continue
contract control cost council country couple course court cover create crime crisis critic critical cup current
customer cut daily damage dark data date daughter day dead deal death debate decade decide decision deep defence
defense degree deliver demand department describe design despite detail determine develop development die difference
different difficult direct direction director discover discuss discussion disease do doctor dollar door doubt draw
drive drop due early east easy economic economy edge education effect effort election else employee end energy enjoy
enough enter entire environment especially establish estimate euro even evening event ever every everyone everything
evidence exactly example executive exist expect experience expert explain eye face fact factor fail fall family far
fast father fear federal feel feeling few field fight figure file fill film final finally financial find fine finish
fire firm first fish five floor fly focus follow food foot force foreign forget form former forward four free friend
front full fund future game garden general generation get girl give glass goal good government great green ground group
grow growth guess gun guy hair half hand hang happen happy hard head health hear heart heat heavy help high history hit
hold home hope hospital hot hotel hour house however huge human hundred husband idea identify image imagine impact
important improve include including income increase indeed indicate individual industry information inside instead
institution interest interesting international interview investment involve issue item job join just keep key kid
kill kind kitchen know knowledge land language large last late later laugh law lawyer lay lead leader learn least
leave left leg legal less let letter level lie life light likely line list listen little live local long look lose
loss lot love low machine magazine main maintain major majority make man manage management manager many market
marriage material matter mean measure media medical meet meeting member memory mention message method middle might
military million mind minister minute miss mission model modern moment money month morning mother move movement movie
much music name nation national natural nature near nearly necessary need network never news newspaper next nice
night none north note nothing notice number occur offer office officer official often oil old open operation
opportunity option order organization organisation others outside owner page pain paper parent part particular
particularly partner party pass past patient pattern pay peace people per percent perform performance perhaps period
person personal phone physical pick picture piece place plan plant play player point police policy political
politics poor popular population position positive possible post power practice prepare present president press
pressure pretty prevent price private probably problem process produce product production professional professor
program programme project property protect prove provide public publish published pull purpose push put quality
question quickly quite race radio raise range rate rather reach read ready real reality realize really reason
receive recent recently recognize record red reduce reflect region relate relationship release remain remember remove
report represent republican require research resource respond response rest result return reveal rich right rise
risk road rock role room rule run safe sale save scene school science score sea season seat second secretary section
security see seek seem sell send senior sense series serious serve service set seven several shake share shoot short
shot show side sign significant similar simple simply since sing single sister sit site situation six size skill
small smile social society soldier someone something sometimes son song soon sort sound source south space speak
special specific speech spend spokesman spokesperson spokeswoman sport spring staff stage stand standard star start
state statement station stay step still stock stop store story strategy street strong structure student study stuff
style subject success successful suddenly suffer suggest summer support sure surface system table take talk task tax
teach teacher team technology television tell ten term test thank thing think third thousand threat three throughout
thus time today together tonight top total tough toward towards town trade traditional training travel treat
treatment tree trial trip trouble true truth try turn two type understand union unit united university unless upon use
usually value various version victim view visit voice vote wait walk wall want war watch water way weapon wear week
weekend weight well west western white whole whose wide wife win wind window wish within without woman wonder word
work worker world worry write writer wrong yard yeah year yes yet young
said told added asked noted called described according spoke warned announced reported expected
made took gave came went saw got known seen given taken found left held brought kept run began
sunday monday tuesday wednesday thursday friday saturday january february march april june july august september
october november december
`;

/**
 * The small words of the other languages we read (French, German, Spanish, Italian, Portuguese,
 * Dutch) and their commonest ones: a corpus that quotes an article in French has "les", "pour"
 * and "dans" in its spans, which say nothing of a subject either.
 */
export const COMMON_OTHER = `
les des une dans pour par sur avec sans sous est sont ont été etre être fait faire avait avoir aux cette ces ses leur leurs
qui que quoi dont mais donc car pas plus moins tout tous toute toutes comme aussi selon entre encore deja déjà ainsi chez
elle elles ils nous vous son sa notre votre même très bien peut peuvent doit doivent chose choses jour jours ans année
annee fois ville pays monde gouvernement président ministre selon depuis avant après apres lors
der die das den dem des ein eine einer eines einem und oder aber nicht auch noch schon nur mit von für fur auf aus bei
nach über uber unter vor zum zur ist sind war waren wird werden wurde wurden hat haben hatte sich sie wir ihr ihre sein
seine dass wie wenn als durch gegen ohne mehr sehr jahr jahre prozent regierung
los las del una unos unas por para con sin sobre entre que como pero mas más muy esta este estos estas ese esa son fue
ser han había sus según tambien también cuando donde años año gobierno
della delle degli dei gli una uno con per tra fra che come più molto sono stato stata hanno aveva suo sua loro anche
questo questa anni anno governo
dos das uma umas uns com sem para pela pelo pelos pelas que como mais muito são foi ser tem têm seu sua seus suas
também quando onde anos ano governo
het een van voor met aan als ook niet maar dat die deze dit zijn was waren heeft hebben werd worden wordt door naar
over bij tot uit nog meer zeer jaar jaren regering
`;
