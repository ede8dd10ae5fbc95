"""More everyday vocabulary per language, written by hand (second pass over the word lists).

Home, body, food, feelings, family, nature, town, work, school, health, time, colours,
numbers, common adjectives and adverbs: the words of everyday speech that short replies
and captions are made of. As in the other lists, a word that is spelled the same in two
languages is listed under both, so it is no evidence for either.
"""

MORE: dict[str, str] = {
    "fr": """
        légume légumes gris grise content contente contents mince doux douce oncle tante gars
        mec mecs nana coeur jambe jambes dos ventre dent dents oreille oreilles colère honte
        haine cuisine cuisiner assiette verre tasse bouteille couteau fourchette cuillère
        beurre sel poivre sucre farine œuf œufs riz pâtes soupe gâteau tarte chocolat café thé
        jus bière poulet porc bœuf jambon saucisse poire fraise cerise orange citron banane
        raisin tomate carotte pomme patate oignon ail salade petit-déjeuner déjeuner dîner
        goûter boulangerie pharmacie épicerie supermarché magasin boutique marché banque poste
        mairie gare aéroport plage campagne rivière fleuve lac île ciel soleil lune étoile
        nuage pluie neige vent orage brouillard printemps été automne hiver saison chaleur
        lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai
        juin juillet août septembre octobre novembre décembre semaine week-end minute seconde
        heure heures midi minuit aujourd hier demain bientôt tard tôt souvent rarement parfois
        jamais toujours longtemps vite lentement doucement ensemble ailleurs partout dessus
        dessous dedans dehors devant derrière loin près autour environ presque seulement
        surtout vraiment tellement assez plutôt quand même pourtant cependant ainsi donc
        puis ensuite enfin finalement d'abord d'ailleurs sinon bref voilà voici hein bah
        ben ouais nan mdr ptdr stp svp bisous coucou bonsoir bonne nuit merci beaucoup
        désolé désolée pardon excusez-moi bienvenue félicitations bravo courage chéri chérie
        copain copine copains copines voisin voisine collègue patron patronne chef boulot
        travail bureau réunion salaire emploi chômage retraite étudiant étudiante lycée collège
        université cours leçon devoir devoirs examen note professeur prof maîtresse classe
        élève cahier stylo crayon sac cartable écran clavier souris ordinateur portable
        téléphone message messages appel mail courriel réseau réseaux site lien compte mot de
        passe photo photos vidéo vidéos chanson chansons musique film séries jeu jeux sport
        foot match équipe joueur gagner perdre fatigue fatigué fatiguée épuisé épuisée stressé
        stressée angoisse angoissé anxieux anxieuse déprimé déprimée seul seule solitude
        tristesse bonheur heureux heureuse malheureux malheureuse inquiet inquiète calme
        tranquille nerveux nerveuse énervé énervée fâché fâchée jaloux jalouse gentil gentille
        méchant méchante drôle sympa bête idiot intelligent intelligente courageux courageuse
        timide fier fière honnête poli polie sage fou folle génial géniale super nul nulle
        terrible horrible magnifique merveilleux merveilleuse incroyable énorme minuscule
        propre sale mouillé sec sèche lourd lourde léger légère épais épaisse large étroit
        court courte long longue haut haute bas basse profond profonde plat creux rond ronde
        carré clair claire sombre foncé brillant vrai vraie faux fausse juste injuste
        possible impossible nécessaire inutile utile pareil pareille différent différente
        dernier dernière premier première prochain prochaine suivant ancien ancienne moderne
        célèbre inconnu inconnue étrange bizarre normal normale rare commun simple compliqué
        santé mentale soin soins médecin médecins infirmier infirmière docteur malade maladie
        médicament médicaments ordonnance hôpital urgences douleur fièvre rhume grippe toux
        blessure blessé sommeil insomnie cauchemar rêve repos pause respiration souffle
        thérapie thérapeute psychologue psychiatre séance consultation aide soutien écoute
        parler parlons confiance espoir peur peurs crise crises pensées suicide suicidaire
        vie vivant vivante mort morte naissance enfance adolescent adolescente adulte vieillesse
        visage front joue joues menton cou épaule épaules poitrine coude genou genoux doigt
        doigts ongle cheville lèvre lèvres langue gorge estomac poumon cerveau os muscle
        chemise pantalon jupe robe manteau veste pull chaussure chaussures chaussette
        chapeau lunettes montre bague ceinture poche
        zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze
        quinze seize vingt trente quarante cinquante soixante cent mille million milliard
    """,
    "pt": """
        gato gata gatos maçã maçãs legume legumes refeição refeições teto cadeira cadeiras
        cinza contente gordo gorda magro magra doce doces vazio vazia caro cara patrão tio tia
        tios primo prima primos barriga dente dentes orelha orelhas nariz raiva vergonha ódio
        deputado cozinhar prato pratos copo xícara garrafa faca garfo colher manteiga sal
        pimenta açúcar farinha ovo ovos arroz feijão macarrão sopa bolo torta chocolate café
        chá suco cerveja frango porco carne presunto linguiça pera morango cereja laranja
        limão banana uva tomate cenoura batata cebola alho salada almoço jantar lanche
        padaria farmácia mercado supermercado loja lojas shopping banco correio prefeitura
        estação aeroporto praia campo rio lago ilha céu sol lua estrela nuvem chuva neve
        vento tempestade névoa primavera verão outono inverno estação calor segunda terça
        quarta quinta sexta sábado domingo janeiro fevereiro março abril maio junho julho
        agosto setembro outubro novembro dezembro fim semana minuto segundo hora horas
        meio-dia meia-noite hoje ontem amanhã logo cedo tarde sempre nunca raramente às
        vezes devagar rápido juntos juntas lá cá aí acolá dentro fora frente atrás longe perto
        quase somente apenas principalmente realmente tanto bastante porém contudo todavia
        então depois enfim finalmente aliás senão pois é tipo tá bom beleza valeu kkk kkkk
        rs rsrs bjs beijo beijos abraço abraços oi olá tchau boa noite obrigado obrigada
        desculpa desculpe perdão bem-vindo parabéns coragem querido querida amor mozão
        vizinho vizinha colega chefe emprego trabalho escritório reunião salário desemprego
        aposentadoria estudante aluno aluna escola faculdade universidade aula aulas lição
        tarefa prova nota professor professora turma caderno caneta lápis mochila tela
        teclado mouse computador celular telefone mensagem mensagens ligação email rede redes
        site link conta senha foto fotos vídeo vídeos música músicas filme série jogo jogos
        esporte futebol partida time jogador ganhar perder cansaço cansado cansada exausto
        exausta estressado estressada angústia ansioso ansiosa ansiedade deprimido deprimida
        depressão sozinho sozinha solidão tristeza felicidade feliz infeliz preocupado
        preocupada calmo calma tranquilo tranquila nervoso nervosa irritado irritada bravo
        brava ciumento ciumenta gentil legal chato chata engraçado engraçada bobo boba burro
        inteligente corajoso corajosa tímido tímida orgulhoso orgulhosa honesto honesta
        educado educada sábio louco louca incrível ótimo ótima péssimo péssima horrível
        maravilhoso maravilhosa enorme minúsculo limpo limpa sujo suja molhado molhada seco
        seca pesado pesada leve grosso grossa largo larga estreito estreita curto curta
        comprido comprida alto alta baixo baixa fundo funda plano redondo redonda quadrado
        claro clara escuro escura brilhante verdadeiro verdadeira falso falsa justo injusto
        possível impossível necessário necessária inútil útil igual diferente último última
        primeiro primeira próximo próxima seguinte antigo antiga moderno moderna famoso famosa
        desconhecido estranho estranha esquisito normal raro rara comum simples complicado
        complicada saúde mental cuidado cuidados médico médica médicos enfermeiro enfermeira
        doutor doutora doente doença remédio remédios receita hospital emergência dor febre
        gripe resfriado tosse ferida ferido sono insônia pesadelo sonho descanso pausa
        respiração fôlego terapia terapeuta psicólogo psicóloga psiquiatra sessão consulta
        ajuda apoio escuta falar confiança esperança medo medos crise crises pensamentos
        suicídio vida vivo viva morto morta nascimento infância adolescente adulto velhice
        rosto testa bochecha queixo pescoço ombro ombros peito cotovelo joelho joelhos dedo
        dedos unha tornozelo lábio lábios língua garganta estômago pulmão cérebro osso
        músculo camisa camiseta calça saia vestido casaco jaqueta blusa sapato sapatos meia
        chapéu óculos relógio anel cinto bolso
        zero um dois três quatro cinco seis sete oito nove dez onze doze treze catorze
        quatorze quinze dezesseis vinte trinta quarenta cinquenta sessenta cem mil milhão
        bilhão galera cara mano mina gente moço moça menino menina garoto garota
    """,
    "es": """
        gato gata gatos manzana manzanas verdura verduras comida comidas techo silla sillas
        gris contento contenta gordo gorda flaco flaca delgado delgada dulce dulces vacío
        vacía caro cara jefe tío tía tíos primo prima primos barriga panza diente dientes
        oreja orejas nariz rabia vergüenza odio diputado cocinar plato platos vaso taza
        botella cuchillo tenedor cuchara mantequilla sal pimienta azúcar harina huevo huevos
        arroz frijoles pasta sopa pastel tarta chocolate café té jugo zumo cerveza pollo cerdo
        carne jamón salchicha pera fresa cereza naranja limón plátano uva tomate zanahoria
        papa patata cebolla ajo ensalada desayuno almuerzo comida cena merienda panadería
        farmacia mercado supermercado tienda tiendas banco correo ayuntamiento estación
        aeropuerto playa campo río lago isla cielo sol luna estrella nube lluvia nieve viento
        tormenta niebla primavera verano otoño invierno calor lunes martes miércoles jueves
        viernes sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre
        octubre noviembre diciembre fin semana minuto segundo hora horas mediodía medianoche
        hoy ayer mañana luego temprano tarde siempre nunca raramente veces despacio rápido
        juntos juntas allá acá ahí dentro fuera frente atrás detrás lejos cerca casi
        solamente apenas sobre todo realmente tanto bastante sin embargo pero entonces después
        por fin finalmente además sino pues vale jaja jajaja xd besos beso abrazo abrazos hola
        adiós chao buenas noches gracias perdón disculpa bienvenido felicidades ánimo querido
        querida amor cariño vecino vecina compañero compañera jefe empleo trabajo oficina
        reunión sueldo salario desempleo paro jubilación estudiante alumno alumna escuela
        colegio facultad universidad clase clases lección tarea examen nota profesor
        profesora cuaderno bolígrafo lápiz mochila pantalla teclado ratón computadora
        ordenador celular móvil teléfono mensaje mensajes llamada correo red redes sitio
        enlace cuenta contraseña foto fotos video vídeo videos música canción canciones
        película películas serie juego juegos deporte fútbol partido equipo jugador ganar
        perder cansancio cansado cansada agotado agotada estresado estresada angustia ansioso
        ansiosa ansiedad deprimido deprimida depresión solo sola soledad tristeza felicidad
        feliz infeliz preocupado preocupada tranquilo tranquila nervioso nerviosa enojado
        enojada enfadado enfadada celoso celosa amable simpático simpática gracioso graciosa
        tonto tonta inteligente valiente tímido tímida orgulloso orgullosa honesto honesta
        educado educada sabio loco loca increíble genial estupendo pésimo horrible
        maravilloso maravillosa enorme diminuto limpio limpia sucio sucia mojado mojada seco
        seca pesado pesada ligero ligera grueso gruesa ancho ancha estrecho estrecha corto
        corta largo larga alto alta bajo baja profundo profunda plano redondo redonda
        cuadrado claro clara oscuro oscura brillante verdadero verdadera falso falsa justo
        injusto posible imposible necesario necesaria inútil útil igual diferente último
        última primero primera próximo próxima siguiente antiguo antigua moderno moderna
        famoso famosa desconocido extraño extraña raro rara común sencillo sencilla
        complicado complicada salud mental cuidado cuidados médico médica médicos enfermero
        enfermera doctor doctora enfermo enferma enfermedad medicamento medicamentos receta
        hospital urgencias dolor fiebre gripe resfriado tos herida herido sueño insomnio
        pesadilla descanso pausa respiración aliento terapia terapeuta psicólogo psicóloga
        psiquiatra sesión consulta ayuda apoyo escucha hablar confianza esperanza miedo
        miedos crisis pensamientos suicidio vida vivo viva muerto muerta nacimiento infancia
        adolescente adulto vejez cara frente mejilla barbilla cuello hombro hombros pecho codo
        rodilla rodillas dedo dedos uña tobillo labio labios lengua garganta estómago pulmón
        cerebro hueso músculo camisa camiseta pantalón falda vestido abrigo chaqueta suéter
        zapato zapatos calcetín sombrero gafas lentes reloj anillo cinturón bolsillo
        cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce
        quince dieciséis veinte treinta cuarenta cincuenta sesenta cien mil millón
        chico chica chicos chicas niño niña niños niñas muchacho muchacha tío amigo amiga
    """,
    "id": """
        kereta anjing kucing burung susu keju apel dapur atap kursi kalimat lagu abu gemuk
        kurus manis kosong paman bibi sepupu punggung perut mulut gigi telinga hidung kulit
        nyeri mimpi kenangan kekuasaan partai piring gelas cangkir botol pisau garpu sendok
        mentega garam merica gula tepung telur nasi beras mi mie sup kue cokelat coklat kopi
        teh jus bir ayam babi sapi sosis pir stroberi ceri jeruk lemon pisang anggur tomat
        wortel kentang bawang salad sarapan makan siang makan malam camilan toko roti apotek
        pasar swalayan toko bank kantor pos stasiun bandara pantai sawah sungai danau pulau
        langit matahari bulan bintang awan hujan salju angin badai kabut musim panas dingin
        kemarau senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei
        juni juli agustus september oktober november desember akhir pekan menit detik jam
        siang tengah malam hari ini kemarin besok lusa nanti dulu pagi sore selalu jarang
        kadang kadang-kadang pelan cepat bersama sana sini situ dalam luar depan belakang
        jauh dekat hampir cuma hanya terutama benar-benar cukup namun tetapi lalu kemudian
        akhirnya pokoknya malahan bahkan wkwk wkwkwk hehe haha btw gpp gapapa santai semangat
        halo hai selamat pagi siang sore malam tidur makasih terima kasih maaf permisi
        sama-sama silakan sayang cinta tetangga rekan atasan bos pekerjaan kantor rapat gaji
        pengangguran pensiun mahasiswa mahasiswi siswa siswi murid sekolah kampus universitas
        kelas pelajaran tugas ujian nilai guru dosen buku tulis pulpen pensil tas layar
        keyboard komputer laptop ponsel hp telepon pesan panggilan surel jaringan akun sandi
        foto video musik lagu film serial permainan olahraga sepak bola pertandingan tim
        pemain menang kalah capek lelah letih stres cemas gelisah khawatir sedih kesepian
        kesedihan bahagia kebahagiaan gembira tenang gugup marah kesal cemburu baik ramah
        lucu bodoh pintar cerdas berani pemalu bangga jujur sopan bijak gila keren hebat
        jelek buruk parah luar biasa besar raksasa bersih kotor basah kering berat ringan
        tebal tipis lebar sempit pendek panjang tinggi rendah dalam datar bulat persegi
        terang gelap benar salah adil mungkin mustahil perlu berguna sama beda berbeda
        terakhir pertama berikutnya depan lama kuno modern terkenal asing aneh biasa normal
        langka umum sederhana rumit kesehatan mental perawatan dokter perawat bidan pasien
        penyakit obat resep rumah sakit darurat demam flu batuk luka terluka tidur insomnia
        mimpi buruk istirahat jeda napas nafas terapi terapis psikolog psikiater sesi
        konsultasi bantuan dukungan dengar bicara curhat percaya harapan ketakutan krisis
        pikiran bunuh diri kehidupan lahir kelahiran masa kecil remaja dewasa lansia wajah
        dahi pipi dagu leher bahu dada siku lutut jari kuku pergelangan bibir lidah
        tenggorokan lambung paru otak tulang otot kemeja kaos celana rok gaun jaket sweter
        sepatu kaus kaki topi kacamata jam tangan cincin ikat pinggang saku
        nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua belas
        puluh ratus seratus ribu seribu juta miliar anak-anak cowok cewek gue lo elu bro sis
        kak dek mas mbak om tante pak bu
    """,
    "en": """
        cat dog bird fish bread water milk cheese meat fruit apple vegetable meal kitchen
        bedroom room door window wall roof bed table chair book newspaper letter word
        sentence language story music song movie film picture photo colour color red blue
        green yellow black white grey gray happy sad tired sick proud alone together
        beautiful pretty big small fat thin young old new cold hot sweet hard easy difficult
        fast slow strong weak rich poor full empty open closed ready free expensive cheap
        money price work job boss colleague friend brother sister father mother son daughter
        uncle aunt cousin husband wife baby guy heart head hand foot arm leg back belly eye
        eyes mouth tooth teeth ear nose hair skin blood health doctor hospital pain fear joy
        anger shame love hate hope dream memory thought mind soul body life death war peace
        law right power society government state nation people party election vote
        president minister plate glass cup bottle knife fork spoon butter salt pepper sugar
        flour egg eggs rice soup cake chocolate coffee tea juice beer chicken pork beef
        orange lemon banana grape tomato carrot potato onion garlic salad breakfast lunch
        dinner snack bakery pharmacy shop store market bank station airport beach river lake
        island sky sun moon star cloud rain snow wind storm fog spring summer autumn fall
        winter season heat monday tuesday wednesday thursday friday saturday sunday january
        february march april may june july august september october november december weekend
        minute second hour hours noon midnight soon late early often rarely sometimes slowly
        quickly everywhere somewhere inside outside behind near far around almost only mostly
        really quite rather however though anyway finally actually basically literally lol
        lmao omg btw tbh idk imo ngl hi hello hey bye goodbye thanks thank please sorry welcome
        congrats congratulations babe honey sweetie neighbor neighbour coworker office meeting
        salary student school college university class lesson homework exam grade teacher
        notebook pen pencil bag screen keyboard mouse computer laptop phone message call email
        network website link account password video videos game games sport football soccer
        match team player win lose tiredness exhausted stressed anxious anxiety depressed
        depression lonely loneliness sadness happiness unhappy worried calm nervous angry
        upset jealous kind nice funny silly stupid smart clever brave shy honest polite wise
        crazy awesome amazing great terrible horrible wonderful huge tiny clean dirty wet dry
        heavy light thick wide narrow short long tall high low deep flat round square clear
        dark bright true false fair unfair possible impossible necessary useless useful same
        different last first next following ancient modern famous unknown strange weird
        normal rare common simple complicated mental care nurse patient illness disease
        medicine prescription emergency fever flu cold cough wound hurt sleep insomnia
        nightmare rest break breath breathing therapy therapist psychologist psychiatrist
        session appointment support listen trust crisis thoughts suicide alive dead birth
        childhood teenager adult face forehead cheek chin neck shoulder chest elbow knee
        finger nail ankle lip lips tongue throat stomach lung brain bone muscle shirt pants
        trousers skirt dress coat jacket sweater shoe shoes sock hat glasses watch ring belt
        pocket zero one two three four five six seven eight nine ten eleven twelve thirteen
        fifteen twenty thirty forty fifty sixty hundred thousand million billion
    """,
}

# Learned vocabulary of news and public life (Latinate adjectives in -ico/-ique, -al,
# -ivo, -ble; institutions, economy, sport), the other half of everyday written text.
NEWS: dict[str, str] = {
    "es": """
        válido válida histórico histórica página básico básica técnico técnica típico típica
        lógico lógica término método período práctico práctica académico académica
        específico específica automático automática matemático matemáticas clásico clásica
        químico química jurídico jurídica artístico pacífico plástico óptimo mínimo máximo
        íntimo legítimo frágil ágil hábil cómodo cómoda sólido sólida líquido líquida pálido
        húmedo gráfico gráfica crónico crónica tóxico tóxica psicológico psicológica crítico
        crítica órdenes orígenes público pública último última rápido rápida médico único
        única música número teléfono político política económico económica científico
        científica físico física próximo próxima sábado miércoles árbol fácil difícil útil
        inútil móvil débil éxito exámenes imágenes jóvenes democrático democrática
        eléctrico eléctrica electrónico electrónica energético étnico europeo europea
        americano americana mexicano mexicana español española nacional internacional
        regional local social municipal federal estatal oficial judicial electoral
        presidencial constitucional gobierno ministerio secretaría congreso senado cámara
        tribunal juez jueza fiscal abogado abogada policía ejército elecciones candidato
        candidata votos campaña partido oposición mayoría alcalde alcaldesa gobernador
        diputados senadores reforma ley leyes decreto acuerdo tratado crisis economía
        mercado empresa empresas empresario precio precios inflación impuesto impuestos
        inversión inversiones millones pesos dólares euros banco bancos crecimiento
        producción exportaciones importaciones desarrollo industria petróleo energía
        trabajadores sindicato huelga salario empleo desempleo pobreza seguridad violencia
        delito delitos víctima víctimas detenido detenidos investigación autoridades
        denuncia accidente incendio muertos heridos rescate sismo terremoto huracán
        temporada campeonato torneo liga equipo equipos jugadores entrenador partido
        partidos goles gol victoria derrota empate final semifinal selección estadio
        afición aficionados medalla carrera récord olímpico mundial
        estudio estudios informe datos cifra cifras porcentaje población ciudadanos
        sociedad comunidad región provincia municipio estado país países capital frontera
        extranjero extranjeros migrantes refugiados salud sanitario sanitaria pandemia
        vacuna vacunas contagios casos hospitales pacientes tratamiento enfermedades
        cultura cultural festival exposición museo obra obras libro novela autor autora
        escritor escritora cine película actor actriz cantante concierto disco canciones
        tecnología internet digital redes sociales usuarios aplicación plataforma datos
        ciencia investigadores universidad educación estudiantes escuelas maestros
    """,
    "pt": """
        válido válida histórico histórica página básico básica técnico técnica típico típica
        lógico lógica término método período prático prática acadêmico acadêmica específico
        específica automático automática matemática matemático clássico clássica químico
        química jurídico jurídica artístico pacífico plástico ótimo mínimo máximo íntimo
        legítimo móvel frágil ágil hábil cômodo cômoda sólido sólida líquido líquida pálido
        úmido tráfego gráfico gráfica crônico crônica tóxico tóxica psicológico psicológica
        crítico crítica êxito público pública último última rápido rápida médico único única
        música número telefone político política econômico econômica científico científica
        físico física próximo próxima sábado árvore fácil difícil útil inútil democrático
        democrática elétrico elétrica eletrônico eletrônica energético étnico europeu
        europeia americano americana brasileiro brasileira português portuguesa nacional
        internacional regional local social municipal federal estadual oficial judicial
        eleitoral presidencial constitucional governo ministério secretaria congresso senado
        câmara tribunal juiz juíza promotor advogado advogada polícia exército eleições
        candidato candidata votos campanha partido oposição maioria prefeito prefeita
        governador deputados senadores reforma lei leis decreto acordo tratado crise
        economia mercado empresa empresas empresário preço preços inflação imposto impostos
        investimento investimentos milhões reais dólares euros banco bancos crescimento
        produção exportações importações desenvolvimento indústria petróleo energia
        trabalhadores sindicato greve salário emprego desemprego pobreza segurança violência
        crime crimes vítima vítimas preso presos investigação autoridades denúncia acidente
        incêndio mortos feridos resgate terremoto furacão temporada campeonato torneio liga
        equipe equipes jogadores técnico treinador partida partidas gols gol vitória derrota
        empate final semifinal seleção estádio torcida torcedores medalha corrida recorde
        olímpico mundial estudo estudos relatório dados cifra porcentagem população cidadãos
        sociedade comunidade região província município estado país países capital fronteira
        estrangeiro estrangeiros migrantes refugiados saúde sanitário sanitária pandemia
        vacina vacinas contágios casos hospitais pacientes tratamento doenças cultura
        cultural festival exposição museu obra obras livro romance autor autora escritor
        escritora cinema filme ator atriz cantor cantora show disco canções tecnologia
        internet digital redes sociais usuários aplicativo plataforma ciência pesquisadores
        universidade educação estudantes escolas professores
    """,
    "fr": """
        valide historique page basique technique typique logique terme méthode période
        pratique académique spécifique automatique mathématique mathématiques classique
        chimique juridique artistique pacifique plastique optimal minimum maximum intime
        légitime fragile agile habile confortable solide liquide pâle humide trafic
        graphique chronique toxique psychologique critique succès public publique dernier
        dernière rapide médical unique musique numéro téléphone politique économique
        scientifique physique prochain prochaine samedi arbre facile difficile utile inutile
        démocratique électrique électronique énergétique ethnique européen européenne
        américain américaine français française national nationale internationale régional
        régionale local locale social sociale municipal fédéral officiel officielle
        judiciaire électoral présidentiel constitutionnel gouvernement ministère secrétariat
        parlement sénat assemblée tribunal juge procureur avocat avocate police armée
        élections candidat candidate voix campagne parti opposition majorité maire préfet
        députés sénateurs réforme loi lois décret accord traité crise économie marché
        entreprise entreprises patronat prix inflation impôt impôts investissement
        investissements millions milliards euros dollars banque banques croissance
        production exportations importations développement industrie pétrole énergie
        travailleurs salariés syndicat grève salaire emploi chômage pauvreté sécurité
        violence délit crime victime victimes interpellé enquête autorités plainte
        accident incendie morts blessés secours séisme ouragan saison championnat tournoi
        ligue équipe équipes joueurs entraîneur rencontre buts but victoire défaite nul
        finale demi-finale sélection stade supporters médaille course record olympique
        mondial étude études rapport données chiffre chiffres pourcentage population
        citoyens société communauté région département commune état pays capitale frontière
        étranger étrangers migrants réfugiés santé sanitaire pandémie vaccin vaccins cas
        hôpitaux patients traitement maladies culture culturel culturelle festival exposition
        musée œuvre œuvres livre roman auteur autrice écrivain cinéma acteur actrice
        chanteur chanteuse concert album chansons technologie internet numérique réseaux
        sociaux utilisateurs application plateforme science chercheurs université éducation
        étudiants écoles enseignants
    """,
    "en": """
        valid historic historical page basic technical typical logical term method period
        practical academic specific automatic mathematical classic classical chemical legal
        artistic pacific plastic optimal minimum maximum intimate legitimate fragile solid
        liquid pale humid traffic graphic chronic toxic psychological critical success
        public last quick medical unique music number phone political economic scientific
        physical democratic electric electronic energy ethnic european american national
        international regional local social municipal federal official judicial electoral
        presidential constitutional government ministry secretary congress senate house
        court judge prosecutor lawyer police army elections candidate votes campaign party
        opposition majority mayor governor lawmakers senators reform law laws decree
        agreement treaty crisis economy market company companies business price prices
        inflation tax taxes investment investments millions billions dollars euros bank
        banks growth production exports imports development industry oil workers union
        strike wage wages employment unemployment poverty security violence crime crimes
        victim victims arrested investigation authorities complaint accident fire killed
        injured rescue earthquake hurricane season championship tournament league team
        teams players coach game games goals goal victory defeat draw final semifinal
        stadium fans medal race record olympic world study studies report data figure
        figures percent percentage population citizens society community region province
        county state country countries capital border foreign foreigners migrants refugees
        healthcare pandemic vaccine vaccines cases hospitals patients treatment diseases
        culture cultural festival exhibition museum novel author writer cinema actor actress
        singer concert album songs technology internet digital social media users app
        platform science researchers university education students schools teachers
    """,
    "id": """
        sah historis halaman dasar teknis khas logis istilah metode periode praktis
        akademik spesifik otomatis matematika klasik kimia hukum artistik plastik optimal
        minimum maksimum intim sah rapuh padat cair pucat lembap lalu lintas grafik kronis
        beracun psikologis kritis sukses publik umum terakhir cepat medis unik musik nomor
        telepon politik ekonomi ilmiah fisik demokratis listrik elektronik energi etnis
        eropa amerika nasional internasional regional lokal sosial daerah pusat resmi
        pemilihan presidensial konstitusi pemerintah kementerian sekretaris dewan
        perwakilan rakyat pengadilan hakim jaksa pengacara polisi tentara pemilu calon
        kandidat suara kampanye partai oposisi mayoritas wali kota bupati gubernur anggota
        reformasi undang-undang peraturan keputusan perjanjian krisis ekonomi pasar
        perusahaan bisnis harga inflasi pajak investasi juta miliar triliun rupiah dolar
        bank pertumbuhan produksi ekspor impor pembangunan industri minyak pekerja buruh
        serikat mogok upah lapangan kerja pengangguran kemiskinan keamanan kekerasan
        kejahatan korban ditangkap penyelidikan penyidikan aparat laporan kecelakaan
        kebakaran tewas meninggal luka-luka penyelamatan gempa banjir longsor musim
        kejuaraan turnamen liga tim pemain pelatih pertandingan gol kemenangan kekalahan
        seri final semifinal stadion penggemar suporter medali lomba rekor olimpiade dunia
        penelitian studi laporan data angka persen persentase penduduk warga masyarakat
        komunitas wilayah provinsi kabupaten kecamatan desa negara ibu kota perbatasan asing
        pengungsi kesehatan pandemi vaksin kasus pasien pengobatan penyakit budaya festival
        pameran museum karya novel penulis pengarang bioskop aktor aktris penyanyi konser
        album teknologi internet digital media sosial pengguna aplikasi platform ilmu
        peneliti universitas pendidikan mahasiswa sekolah guru
    """,
}
