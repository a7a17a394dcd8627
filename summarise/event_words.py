"""Kinds of happening news reports, by the beginnings of the words that name them: data for ``concepts``.

ASCII stems (``concepts.ascii_words``) in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish,
Russian, Ukrainian, Turkish, Swedish, Danish, Norwegian, Finnish, Hungarian, Czech, Slovak, Romanian, Greek,
Indonesian and Croatian. The longest stem that begins a word gives its kind; a stem ending in ``=`` matches
the whole word only. No stem may begin a common word of another meaning in any of those languages ("ban"
begins "bank", "fine" is an adjective, "potres" begins Italian "potresti"): such words are listed whole.
Near-synonyms are one kind (a sacking and a dismissal, a derailment and a crash, a hijacking and a kidnapping).
"""

from __future__ import annotations

EVENT_WORDS: dict[str, str] = {
    "quake": "earthqua quake= quakes= tremor seism erdbeben beben= terremot sismo zemletryas aardbeving deprem "
    "trzesien zemletrus jordbavn jordskaelv jordskjelv maanjaristy foldreng zemetres zemetras cutremur potres= "
    "potresa= potresu= potresom= potresi= gempa=",
    "aftershock": "aftershock nachbeben replique replica= replicas= naschok artci= efterskalv efterskaelv etterskjelv "
    "jalkijaristy utorenges dotres metaseism susulan=",
    "collapse": "collaps kollaps einsturz eingestur sturzte einsturzt effondr derrumb crollo crolla desab obrush "
    "ruhnul instort ingestort zawal obval coktu rasade= romahti romahd osszeoml zritil zricen zrutil prabusi runtuh "
    "ambruk urusio urusil urusen urusav katarrey katarree katarreo katerrey katerree",
    "toll": "toll= death= deaths= dead= killed killing died= injured injuries wounded missing= casualt todesopfer "
    "tote= toten= gestorben starb= starben= verstorb umgekom getotet verletzt vermisst morts= mort= morte= meurt= "
    "decede deces blesses= blesse= blessee= blessees= muertos fallecid fallec muerte= muerto= murio= murieron= herido "
    "herida= heridas= desaparecid vittim morto= morta= morti= deceduto decedut feriti= ferito= ferite= dispersi= "
    "uccis mortos mortes= morreu= morreram= feridos= ferido= pogib doden= dodental overleden= overleed= omgekom "
    "gewond ofiar zagin zagib zmarl zginal zginel zginelo ranny= rannych= poszkodowan umer= umerla= umerli= skonchal "
    "ranen propal= propali= propavsh pomer= pomerla= pomerli= poranen znik= znikli= zniklikh hayatini vefat yarali "
    "oldurul doda= dod= dode= avled= omkom skadade= skadad= skadades= skadats= dodade savnet saknas= kuoli kuoll "
    "kuolem haavoittu loukkaant elhuny halott halalos megsebesul sebesult eltunt zemrel zahynul zahinul zginul mrtv "
    "zranen zomrel murit= decedat raniti= ranit= disparut pethan skotoith skotothik traymat agnooym thymata "
    "meninggal= tewas korban terluka umro= umrla= umrli= poginu preminu ranjen zrtv vermist= vermiste= vermisten= "
    "meghalt meghal= nekro nekri= nekra= nestalih= nestalima=",
    "arrest": "arrest detain detent festgenom festnahm verhaft interpell arrestat detuv detenid zaderzh arestov "
    "aresztow zatrzyman tutuklan gozaltin zatrim gearresteerd gripen= greps= gripits gripna= anhall anhold pagrep "
    "pidatet pidatty pidatys letartoztat orizetbe= zatcen zadrzen zadrzan zatknut syllips synelif ditangkap penangkap "
    "menangkap ditahan penahanan uhicen pritvoren",
    "protest": "protest march= marched marching demonstr rally rallies marsch kundgeb manif defil cortege marcha "
    "protesta corteo passeata shestvi miting betoging gosteri boycott boykott boicot boykot bojkot boikot mielenosoit "
    "tuntet diadilos unjuk= prosvjed",
    "strike": "strike= strikes= walkout streik greve= greves= huelga sciopero zabastov staking= stakingen= grev= "
    "greva= strajk strayk strejk lakko sztrajk apergi mogok=",
    "blockade": "blocked= blockad blockier blocus bloqu bloccat blokad blokkad abluka blocad saarto",
    "meeting": "meet= meets= met= meeting traf= treffen rencontr reunio reunion incontr vstrech vstretil talks= "
    "negotiat gesprach verhandl pourparl entretien entretenu negocia negocier conversac colloqu peregovor received= "
    "receives= empfing empfang recu= recue= recibio accolse prinyal ontmoet overleg gesprek= gesprekken onderhandel "
    "spotkan rozmow negocj gorust gorusm muzakere zustrich mote= motet= moten= motte= traffade samtal forhandl modtes "
    "tapasi= tapaami neuvottel talalkoz targyal schuzk jednani setkal stretnut rokovan intalni synant synomil bertemu "
    "pertemuan perundingan sastan pregovor",
    "summit": "summit gipfel sommet cumbre vertice sammit cupula= zirve topontmoet samit toppmote huippukokou "
    "csucstal topmode= topmodet=",
    "arrival": "arriv landed= ankunft angekom eintraf eingetroff llego= llegada arrivo arrivat chegar chegou chegada "
    "pribyl pribyti priezd aangekom przybyl przylecia pribuv anlande anlant saapui saapum megerkez pricestov priletel "
    "dorazil sosit= sosire afixi= tiba= tibanya stigao= stigla= stigli= dolazak doputova ankom= ankommet ankomst "
    "ankomne",
    "departure": "depart abreise abgereist abflug quitte= quitta partit partira salio= partio= partito despeg otbyl "
    "uekhal vyletel pokinul vertrok vertrek= wyjecha odlecia ayrild pokinuv avresa afrejse avreise elutaz odcestov "
    "odletel plecat= plecare anachoris bertolak otputova",
    "signing": "sign= signs= signed= signing= unterzeichn unterschrieb signe= signee= signat firmo= firmaron firmato "
    "assinou podpisa onderteken imzala pidpis underteckn underskr undertegn allekirjoit alair podeps semnat semnar "
    "ypograf menandatang ditandatang penandatang potpis",
    "agreement": "deal= deals= agreement accord= accords= accordo acord pact= pacto pakt treaty abkommen vertrag "
    "vereinbar traite= tratado acuerdo soglash dogovor overeenkom akkoord= porozumien umowa= umowe= umowy= anlasma "
    "ugoda= ugodu= avtal overenskomm aftale sopimus sopimuks megallapod egyezmeny dohod smlouv zmluv symfon "
    "kesepakatan perjanjian sporazum",
    "press conference": "conferenc konferenz pressekonf briefing persconf konferencj konferens konferans pressemod "
    "tiedotustilaisuu sajtotajekoztat tiskov conferint synenteyx",
    "ruling": "ruling ruled= unconstitution verdict judgment judgement convict urteil jugement arret= fallo= "
    "sentencia sentenza acordao conden reshenie uitspraak vonnis= wyrok orzekl virok guilty= schuldig coupabl "
    "culpable colpevol culpado winny= winnym= mahkum domen= syyllis itelet bunos rozsudek rozsudk rozsudok hotarar "
    "vinovat putusan presud tuomio= tuomion= tuomiota= tuomiot= tuomionsa=",
    "appeal": "appeal challeng berufung appel= appelle appela apelac apelar ricorso appello apellyac obzhalov beroep= "
    "temyiz apelyat overklag anke= fellebbez efesi= banding= zalb kasasi=",
    "suspension": "halted= halts= suspend suspens ausgesetzt stopp eingestellt suspendu sospes priostanov opgeschort "
    "geschorst wstrzyma zawieszon askiya durdurul prizupin postpon verschob aplazad pospues rinviat adiad uitgestel "
    "otlozhen vidklad lykat elhalaszt felfuggeszt odlozen pozastav suspendat anastol anavlith ditunda penundaan "
    "odgoden obustav ertelend ertelenm ertelenen erteleme= amanata= amanate=",
    "evacuation": "evacu evakuier evakuac evakuir ewakuac evakuats evakuer evakuoi kiurit evakual evakuov ekkeno "
    "evakuas tahliye",
    "landfall": "landfall",
    "outage": "outage blackout stromausfall panne= coupure apagon sin= luz= electricid electricit strom= power= "
    "elektrich stroomstor kesinti znestrum stromavbrott stromsvigt stromafbryd strombrudd sahkokatko aramszunet "
    "vypadek vypadok pemadaman struje=",
    "emergency": "emergenc notstand urgence emergencia chrezvych calamit calamid katastrophenfall noodtoest wyjatkow "
    "olaganustu nadzvichay curfew ausgangssperre coprifuoco avondklok komendantsk utegangsforb udgangsforb portforb "
    "ulkonaliikkumiskiel kijarasi lockdown nodlage undantagstill nodsituation unntakstilstand poikkeustila "
    "veszelyhelyzet nouzov nudzov urgenta= darurat",
    "rate decision": "repo= interest zins leitzins taux= tasa= tipos= tasso juros stavk rente= stopy= faiz= styrrant "
    "kamat sazb urok= urokov sadzb dobanda epitok korko= korkoa= korkoj korkotas",
    "cut": "cut= cuts= lowered lowers reduc senk baiss recort bajo= rebaj ridott taglio snizh verlaag obniz indirdi= "
    "zniz sanker sankn saenk leikka csokkent snizil snizen redus= memangkas pemangkas menurunk penurunan smanji "
    "snizio meiosi= meioseis= meiosis=",
    "election": "elect vote= voted votes= voting polls= ballot wahl= wahlen abstimm scrutin vot= votaron eleccion "
    "elezion eleic vybory= vyborov= vyborakh= vyboram= vyborami= vyboriv= golosov verkiez wybory= wyborach= wyborow "
    "wyborcz glosow secim referend referand plebiscit runoff= val= valet= valg= valget= rostade vaalit vaali= aanest "
    "valasztas szavaz volby= voleb= volbach= volbami= volieb hlasov alegeri eklog pemilu pilkada pemilihan izbori= "
    "izborima= izbora= glasovan nepszavaz kansanaanest dimopsif vaaleissa= vaaleja= vaaleihin= vaaleista= vaaleilla=",
    "attack": "attack airstrik bombing bombard shelling angriff anschlag attaque attentat ataque atentado attacco "
    "ataka udar= obstrel aanval aanslag atak= ataku= zamach ostrzal saldir obstril invad einmarsch vtorzhen vtorgnen "
    "shootdown zestrzel angreb angrep hyokkays isku= iskun= iskussa= tamadas tamadt utok= utoku= utoky= utocn epithes "
    "serangan menyerang diserang invasion invasie= invasi= invaze= invazi= invazij invazia= invaziu= invazie= "
    "invaziei= invazii= invazio= offensiva= ofensiva= ofensywa= ofensywy= ofensywie= ofensywe= istila= istilasi= "
    "istilasina= atac= atacul= atacuri atacat= atacar= atacou= atacado= atacada= atacaram= ataco= hacked= hacking "
    "hacker haker khaker cyberatt cyberangr cyberaanval ciberata kiberatak siber= dataintrang kybernet kyberhyok "
    "kibertamad cibernet kyvernoepith peretasan",
    "resignation": "quit= quits= resign rucktritt zuruckgetret demission dimission renunci dimiss dimess dimett "
    "otstavk ontslag aftred rezygn dymisj istifa vidstavk avgick avgar= avgang= fratraed eroaa= erosi= lemond rezign "
    "odstoup odstupil demisi mengundurk pengundur mundur= ostavk paraitis paraitith paraiteit",
    "fine": "fined= geldstraf bussgeld amende= amendes= multas= multado multada multato multata multati boete= "
    "boetes= beboet grzywn shtraf= shtrafa= shtrafu= shtrafy= shtrafom= shtrafov= shtrafi= shtrafiv= oshtraf botfalld "
    "sakko= sakkoa= sakot= sakon= sakkoja= birsag megbirsag pokut amendat amenzi= prostimo= prostima= prostimoy= "
    "didenda",
    "dismissal": "sacked= sacking= ousted= ouster= gefeuert geschasst entmachtet cesado= cesada= esoner exonerado= "
    "exonerada= exonerou= demitid ontslagen= zdymisjonow uvolen uvolil otstranen vidstoron kovuldu= azled gorevden= "
    "avskedad sparkad= afskedig avskjedig erotet meneszt levaltott apopemf kathaires dicopot dipecat diberhentik "
    "pemberhentian smijenjen smijenio smijenil razrijesen limoge= limogee= limogees= limogeage limoger= destituid "
    "destitucion destituyo= destitution destitue= destituee= destituit destituz destituicao",
    "appointment": "appoint nominat nomina= ernann ernenn nominier nomme= nommee= nommes= nombrad nombramient nombro= "
    "nomeac nomeou= benoem powolan naznachen= naznachena= naznacheny= naznachil= naznachila= naznachenie= priznachen "
    "priznachiv atandi= atama= utnamn udnaevn utnevn nimitet nimitti= nimitys kinevez jmenovan vymenovan imenovan "
    "numire dioris ditunjuk= penunjukan designado= designada= designados= designadas= nomeado= nomeada= nomeados= "
    "nomeadas= mianowan mianowal",
    "flood": "flood uberschwemm hochwasser inond inundac alluvion navodnen overstrom powodz sel= taskin povin= "
    "oversvamn oversvomm tulva arviz povoden povodn zaplav inund plimmyr banjir poplav",
    "storm": "hurrican storm= stormen= typhoon cyclone hurrikan sturm= taifun ouragan tempete cyclon huracan tormenta "
    "uragan shtorm tajfun huragan burza= firtina kasirga orkan tornad blizzard snowstorm schneesturm sneeuwstorm "
    "myrsky vihar furtun kataigid badai oluj",
    "fire": "wildfire blaze= fires= feuer= waldbrand incendi pozhar bosbrand pozar yangin pozhezh brann= branden= "
    "tulipalo metsapalo tuzvesz erdotuz pyrkag kebakaran",
    "visit": "visit besuch visite= visita vizit bezoek wizyt ziyaret vierail latogat navstev episkeps kunjungan "
    "berkunjung posjet besokte besoket besokt= besog= besoget besogte besoge=",
    "expulsion": "expel expuls ausgewiesen ausweis grata= vyslal vyslan vysylk uitgewez wydalon utvis udvis kiutasit "
    "vyhost expulz apelas pengusiran diusir protjer karkotet karkotu karkott",
    "recall": "odwola recall= recalled= recalls= zuruckbeordert rappele rappelle convoca richiam otozval",
    "concession": "conced concession eingestand niederlage= derrota= sconfitta porazhen nederlaag porazk yenilgi "
    "nederlag tappio vereseg infrangere poraz= poraza= porazom= porazu=",
    "result": "victory= won= win= wins= result= results= sieg= siege= gewann gewonnen ergebnis endergebnis victoire "
    "remporte resultat gano= victoria resultado vittoria vinto risultat venceu pobed itog overwinn wygral wygran "
    "zwyciest kazand zafer= peremog seger= segern= segrade sejr= sejren= seier= seieren= voitto voitti gyozelem "
    "gyozott vitezs zvitez vyhral vitazstv zvitazil victorie castigat niki= kemenangan menang= pobjed pobijedi "
    "rezultat vysledek vysledk vysledok",
    "phone call": "phone telephon telefon telefoon puhelu tilefon telepon",
    "takeover": "sale= sold= bought= buy= buys= venta= venda= cessione vendita prodazh takeover acquisit acquir "
    "merger buyout ubernahm fusion fusao fusie fuzj fuzio fuziun fuze= fuzia= fuusio rachat adquisic adquir acquisiz "
    "pogloshen sliyan overname przejec sammanslagn opkob overtag oppkjop yritysosto felvasarl akvizic prevzeti "
    "achizit exagor akuisisi preuzim spajanj birlesme forvarv= forvarvet= forvarvade= forvarvat=",
    "inquiry": "inquiry enquiry investig probe= probes= ermittl untersuchung enquete indagin inchiesta istrutt "
    "diligenc rassledov onderzoek sledztw dochodzen sorustur rozslid utredn efterforsk etterforsk vizsgalat nyomoz "
    "vysetrov setreni ancheta ereyn penyelidik penyidik istrag tutkinta",
    "sanctions": "sanction sanktion sancion sanzion sanctie sankcj yaptirim sanktsi sankc sanctiun szankci sanksi "
    "pakote= pakottei pakottee kyroseis= kyroseon=",
    "ceasefire": "ceasefire truce waffenstillstand waffenruhe cessez treve= tregua peremiri wapenstil rozejm ateskes "
    "armisti armistit vapenvila vabenhvile vapenhvile tulitauko tuzszunet ekecheir gencatan primirj primerie= "
    "primeria=",
    "crash": "derail entgleis deraill descarril deragl ontspoor wykolej relsov= reyok= raydan= urspar afspor avspor "
    "suistu kisiklott vykolej vykolaj deraiat deraier ektrochias anjlok iskliznu crash= crashed crashes= absturz "
    "abgesturz ecrase accidente accidentul= avari accident= accidents= acidente= acidentes= neergestort katastrof "
    "rozbil unfall ongeval wypadek= wypadku= krushen kaza= kazasi= kazada= krasch onnettomuu baleset lezuhant havari "
    "kecelakaan nesrec ungluck= unglucks= zugungluck ongeluk= ongelukken= olycka= olyckan= olyckor= olyckorna= "
    "olycksplats olycksfall ulykke= ulykken= ulykker= ulykkene= ulykka= ulykkessted nehoda= nehody= nehode= nehodu= "
    "nehodou= nehod= nehodach= dystychim syntrivi= syntrivis=",
    "shooting": "shooting gunman gunmen gunfire schiesser fusillade tiroteo sparatoria strelb schietpart strzelan "
    "strilyan skottlossn skjutn skyderi skyting ammuskel lovoldoz impuscat pyrovol penembakan pucnjav",
    "explosion": "exploded= explode= explodes= explosion explosions blast= explodi explozi vzryv explosi ontploff "
    "wybuch patlama vibukh eksplos rajahd robban vybuch ekrix ledakan meledak eksplod",
    "release": "released freed freigelassen libere liberad liberat osvobozhd vrijgelat uwolni serbest frislapp frigiv "
    "losladt loslat vapautet propusten osvobozen prepusten eliberat apeleyther dibebaskan pembebasan pusten= pustena= "
    "pusteni= oslobod bailed= kaution fianza cauzione borgtocht kaucj kauci= kauce= cautiun ovadek jamcevin kefalet "
    "fianca=",
    "charges": "charged= indicted indictment angeklagt anklage inculpe acusad imputat obvinen aangeklaagd oskarz "
    "suclan obvinuv atal= atalad atalat tiltalt syyte syytet vademel obzalov inculpat acuzat didakwa dakwaan "
    "tersangka optuzen optuzni tiltale= tiltalen= tiltaler= tiltales= tiltalepunkt syyttaja syytteen syytteet "
    "syytteeseen syytteita syytti= syyttaa= katigoroym katigorith",
    "sentence": "sentenced verurteilt condamne condamn condenad condannat prigovor veroordeeld skaza ceza= cezas "
    "pena= penas= zasudzh osuzhd jailed imprison domd= domdes fangelse faengsel idomt domt= fengsel tuomit vankeu "
    "borton odsouzen odsuden katadik divonis dihukum vonis= osuden elitelt eliteli=",
    "testimony": "testif testimon hearing anhorung aussage audition temoign comparec audizion slushani getuig zeznan "
    "svidch trial= prozess= prozessauftakt rattegang rettssak oikeudenkay sudenj yargilan vittnesm vidneforkl "
    "todistaj tanuvallom svedect marturi katathes kesaksian bersaksi persidangan svjedoc",
    "shares": "shares= stock= stocks= titolo= azioni= aktie= aktien= aktier= aktierna= kurs= acciones= acoes= aktsii= "
    "bourse= borsa= boerse= borse= borsen= bursa= investor investisseur inversor inversionist investitor investidor "
    "osakk reszveny akcie= actiuni= metoch saham dionic osake= osakkee osakkei osakemarkkin",
    "injunction": "injunction banned= ban= bans= banning= barred= prohibit interdit= interdiction verbot= verboten "
    "untersagt prohib vietat zakaz verbod= verboden yasak zaboron forbud forbjud kielto kiellet kielsi= betilt "
    "tilalom interzis interzic apagoreys larangan melarang dilarang zabran",
    "earnings": "earnings profit= profits= loss= losses= revenue revenues= gewinn verlust umsatz benefice perte= "
    "pertes= beneficio perdida ganancia utile= perdita fatturato lucro prejuizo receita ubytok vyruchk zysk strat= "
    "winst verlies omzet vinst= vinsten= forlust overskud underskud nyereseg zisk= trzby= kerdi= laba= pendapatan "
    "dobit=",
    "layoffs": "layoff laid= redundanc stellenabbau entlass licenciem despido despidos esuberi licenziam sokrashchen "
    "zwolnien uppsagn permitter irtisan lomaut leepit elbocsat propousten prepustan apolys otpustanj concedieri "
    "concediere",
    "closure": "closure shutdown shut= shuts= schliessung stillleg fermeture cierre chiusura fechamento zakryt "
    "sluiting stangn stangd lukning stengt= stenging suljet sulkem uzavren uzavrel kleisim penutupan bezart bezaras "
    "bezarja ditutup=",
    "reopening": "reopen wiedereroffn wiederaufgenomm rouvert rouvr reabri reapertur riapert riapr heropend ponownie= "
    "vozobnov genabn gjenapn ujranyit znovuotevr redeschis epanaleitoyrg",
    "deployment": "buildup deploy massing= massed= sosredotoch zoseredi styanul styagiva aufmarsch truppenaufmarsch "
    "zusammengezogen deploie despliegue desplego dispiegam dispiegat rozmieszcz mobilis mobiliz mobilmach seferberl "
    "utplacer",
    "ceremony": "ceremon zeremon wreath kranzniederleg gerbe= ofrenda venok krans= uroczyst tseremon seremon unnepseg "
    "upacara svecanost funeral beerdig beisetzung trauerfeier obseques funerail esequie begrafenis uitvaart pogrzeb "
    "pokhoron cenaze begravning begravelse hautajai temetes pohreb inmormant kideia pemakaman commemor conmemor "
    "comemor gedenkfeier gedenkstund herdenk parade= parades= parad= parada= parata= desfile sfilata sprovod= "
    "sprovoda= teleti= teletis=",
    "record": "record= records= rekord rekor= recorde= recordes= ennatyk ennatys",
    "launch": "launch= launches= liftoff lancement lanzamiento lancio= lancamento lancering wystrzel zapusk= zapuska= "
    "zapuske= firlatil firlatma uppskjutn opsendel oppskyt fellov lansar ektoxeys peluncuran lansiranje= lansiranja= "
    "lansirao= lansirala= lansirana= laukaisu",
    "approval": "ratifi ratyfik ratifik adopt verabschied gebilligt genehmig aprob aprovad aprovou= aprovac adottat "
    "goedgekeurd goedkeur uchwal zatwierdz odobr utverdil utverzhden ukhval skhval onayla onaylan godkan godkend "
    "godkjen vedtatt= vedtaget= vedtog= hyvaksy elfogad jovahagy schval izglas usvoj egkrith psifist disahkan "
    "pengesahan menyetujui= disetujui= meratifik approve approval approvat approvaz approvar approva= approvo= "
    "approuv yperpsifist",
    "murder": "murder slain= slaying homicid assassin asesin asasin mord= mordet= ermord erstoch meurtre poignard "
    "apunal accoltell esfaque omicid moord vermoord doodgestok neergestok zabojstw zamordow morderstw zasztylet "
    "ubiystv ubit= ubita= ubity= zarezal vbivstv vbito= vbili= cinayet bicaklan knivhugg knivstik draebt murha "
    "gyilkos meggyilkol vrazd zavrazd ubodal injungh dolofon pembunuh dibunuh membunuh penikam ditikam ubojstv ubijen "
    "izboden stabbed= stabbing omor= omorat omorul",
    "kidnapping": "kidnap abduct hijack hostage entfuhr geisel gekapert secuestr sequestr rapit ostagg rehen= "
    "rehenes= refem= refens= otage ontvoer porwan porwal zakladnik zalozhnik pokhishch vikrad zaruchnik kacirildi "
    "kacirilan gisslan bortford gidsel gissel siepat sieppa panttivan elrabol emberrabl tuszok= tuszokat= tuszejt "
    "unesen rukojm ostatic apagog omiro penculik diculik menculik sandera oteti otmic talac taoci= enlevement rehine "
    "gijzeling gijzelaar gegijzeld gijzelnem",
    "rescue": "rescu gerettet rettung rettete sauvet secour rescat salvament salvataggio salvado= salvados= salvada= "
    "resgat gered= redding ratow uratow spasen spasli spasatel vryatuv ryatuval kurtar raddn raddad raddat redning "
    "reddet= pelast kimentet zachran soccors soccorrit salvar diasos penyelamat diselamatk menyelamatk spasil "
    "salvato= salvata= salvati= salvate= salvat= salvataggi",
    "outbreak": "outbreak epidem epidim pandem seuche brote= brotes= surto= surtos= uitbraak vspyshk spalakh salgin "
    "taudinpurk jarvany wabah= focolai= focolaio= focarul= focare=",
    "leak": "leak leck= lecks= leckage lekkage wyciek utechk vitik= vitoku sizinti lacka= lackan= lackage laek= "
    "lekkasje vuotan szivarg uniku= scurger diarro kebocor bocor= curenj unikl= unikla= uniklo= unikly= unikli= "
    "vuotanut= vuoti=",
    "raid": "raid= raids= raided= raiding= durchsuch perquisiz perquisition allanamient redada inval= invallen= "
    "huiszoek przeszuk nalot= nalotu= naloty= obysk obshuk husrannsak ransag ransak ratsia kotietsin hazkutat razii= "
    "razia= perchezit descinder efodo penggerebek digerebek menggerebek racij razzia= razzien= razzias= baskin= "
    "baskini= baskinda= baskinlar",
    "seizure": "seized= seizure seizures= confisc konfisk beschlagnahm sichergestellt saisie= saisies= decomis "
    "apreend inbeslag beslagname skonfisk zarekwir izyat viluch musader beslagt beslagl takavarik lefoglal elkobz "
    "zabaven zabavil zhaben katasch disita= penyitaan menyita zaplijen apreensao apreensoe incautac incautad "
    "incautaron=",
    "bankruptcy": "bankrupt bankrott bankrot bankruc insolven faillite failliss failliet fallimen quiebra= bancarrot "
    "falenc upadlos iflas konkursen= konkurssi csodbe= csodot= csodeljar faliment ptocheys bangkrut pailit stecaj",
    "eruption": "eruption eruptions= erupc eruzion erupcao eruptie erups letusan meletus uitbarst izverzhen viverzhen "
    "puskur purkaus kitores",
    "volcano": "volcan vulcan vulcao vulkan vulkaan wulkan volkan yanardag tulivuor ifaist",
    "landslide": "landslid mudslid erdrutsch lawine glissement eboulement avalanch alud= frana= frane= valang "
    "deslizament aardverschuiv osuwisk lawin opolzen lavin zsuv= zsuvu= heyelan jordskred skred= maanvyory lumivyory "
    "foldcsusz sesuv zosuv alunecar avalans katolisth chionostivad longsor klizist odron",
    "sinking": "sank= sunk= sinking capsiz shipwreck gekentert kenterte chavir naufrag hundio= hundimient affondat "
    "afund zaton batti= alabora sjonk= kantrad kaentre kantret= forlis uppos elsullyed potopil potopen scufund "
    "vythist nayag tenggelam potonu",
    "coup": "putsch golpista golpistas= staatsgreep pucz perevorot statskupp statskup kupp= kuppen= vallankaap puccs "
    "praxikop kudeta prevrat= prevratu= prevratem=",
    "clash": "riot clash unrest= krawall ausschreit emeut affrontement heurts= disturbio enfrentamient scontri= "
    "tafferugl tumult rellen= onlusten ongeregeld starcia= starcie= starciach= besporyadk sutichk zavorushen catisma "
    "arbede upplopp kravall urolighed opptoy mellak yhteenot zavarg osszecsap nepokoj stret= strety= stretu= tarach "
    "kerusuhan bentrok zamieszki= zamieszek= zamieszkach= neredi= nereda= neredima=",
    "escape": "escaped= escapes= escapee jailbreak ausgebroch entflohen fugaron= fugado= fugados= fugiram= fugiu= "
    "foragid ontsnap ucieczk zbiegl pobeg= pobega= sbezhal vtecha= vtik= vtekli= rymde= rymning rymt= undveg romte= "
    "romning pakeni= utekl ucekl evadat evadar apodras kabur= pobjeg firari=",
    "extradition": "extrad estradiz ekstrad auslieferung uitlever utlever udlever kiadat izrucen utlamnad utlamning= "
    "utlamningen= utlamnas",
    "pardon": "pardons= pardoned= begnadig amnestie amnisti anistia amnesti graziat ulaskaw pomilov pomiluva benadad "
    "benadet benadning armahd kegyelem kegyelm omilost gratiat gratier indulto= indultos= indultad",
    "execution": "executed= execution hingericht hinricht geexecuteerd giustiziat stracon egzekuc kaznen= kaznili= "
    "strachen avrattad henrett teloit kivegez popraven dieksekusi pogublj executie= executies= idam= idami= idama=",
    "acquittal": "exonerated= freigesproch freispruch relaxe= absuelt assolt assoluzion vrijgespr vrijspraak "
    "uniewinni opravdal opravdan= vipravdan beraat frifund frifind frifun zprosten zprostil athoos absolvid absolvic "
    "absolvio= absolviu= frikand= frikandes= frikands= acquitted acquittal acquittem acquitte= acquittee= acquittes= "
    "acquittees=",
    "lawsuit": "lawsuit sued= sues= suing= klage= verklagt plainte querella processou processar rechtszaak pozew "
    "pozwan isk= iskom= davasi= stamd= sagsog retssag saksok soksmal kanne= kanteen= beperel agogi= gugatan menggugat "
    "digugat pozwal= pozwali= pozwany pozov= pozovu= pozovom= tuzio=",
    "inauguration": "inaugur sworn= swearing investitur investidur vereidig amtseinfuhr insediam insediat posse= "
    "beedig zaprzysiez prisyag yemin= virkaanastu beiktat eskutetel juramant orkomos pelantikan dilantik melantik "
    "prisegn orkist",
    "increase": "hike= hikes= hiked= anheb angehob erhohung hausse alza= rincar verhoging verhoogd podwyzk povyshen "
    "povysil pidvishch zam= zamlar= prishoj prisstign prisokning korotus korott aremel zdrazen zdrazi zvysen scumpir "
    "majorar ayxis kenaikan poskuplj povecanj",
    "tariffs": "zoll= zolle= zollen= strafzoll douane arancel dazi= dazio= tarifa= tarifas= tarif= tarifele= tarifs= "
    "poshlin tullar= tullarna= gumruk vamok= vamot= vamokat= vamtarif clo= vamal dasmo dasmoy tariff= tariffs= tulli= "
    "tullit= tulleja= tullien=",
    "investment": "invest inversion invirti inwest yatirim beruhaz befektet ependys",
    "robbery": "robbery robbed= raub= raububerfall ausgeraubt braquage cambriol robo= rapina furto roubo rabunk "
    "kradziez ograbl grabezh pograbuv soygun ranet= roveri ryosto rablas kirabol loupez lupez jaf= jaful= perampok "
    "dirampok pljack theft diebstahl krazh kradizh heist= heists= uberfall= uberfalle= uberfallen= uberfalls= atraco= "
    "atracos= overval= overvallen= overvaller listeia= listeies= listeias= gestohlen=",
    "swap": "swap= swaps= swapped= gefangenenaustausch gefangenentausch canje obmen= obmena= obmenu= obmenyal obmin= "
    "obminu= obminyal takas= fangutbyt fangeutveksl vankienvaiht fogolycsere",
    "heatwave": "heatwave hitzewelle canicul hittegolf upaly= upalow zhara= zhary= speka= speki= spekotn varmebolj "
    "hedebolg hetebolg helleaal hoseg kaysona toplinsk",
    "drought": "drought durre secheresse sequia siccita droogte susza zasukh kuraklik torkan= torke= torken= kuivuus "
    "aszaly seceta xirasia kekeringan",
    "tsunami": "tsunami tsoynami",
    "corruption": "corrupt korrupt korupc korupts korrupts korrupc yolsuz korupsi coruptie diafthor",
    "anniversary": "anniversar jahrestag aniversar anniversaire rocznic godovshchin richnits yildonum arsdag "
    "vuosipaiva evfordulo vyroci vyrocie aniversare epeteio obljetnic",
}
