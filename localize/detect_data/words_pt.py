"""Common Portuguese words (Brazilian and European spellings), written by hand for detection."""

WORDS = """
tempo ano anos dia dias vez vezes homem homens mulher mulheres criança crianças menino menina
meninos meninas mundo vida mão mãos parte partes lugar lugares caso casos semana semanas empresa
empresas sistema sistemas pergunta perguntas trabalho trabalhos trabalha trabalhar governo
número números noite noites ponto pontos casa casas água quarto mãe pai mamãe papai dinheiro
história histórias fato fatos facto mês meses direito direitos estudo estudos livro livros olho
olhos emprego palavra palavras negócio negócios problema problemas lado tipo cabeça família
famílias hora horas serviço serviços amigo amiga amigos amigas poder lei carro cidade cidades
comunidade nome nomes presidente equipe equipa minuto minutos ideia ideias corpo informação
informações volta pais rosto cara outros nível escritório porta saúde pessoa pessoas arte
guerra resultado resultados mudança mudanças manhã razão pesquisa garota garotas garoto moça
rapaz momento ar professor professora força educação pé pés idade política música mercado
sentido nação plano colégio escola escolas interesse morte experiência efeito efeitos aula
turma controle cuidado desenvolvimento papel esforço taxa coração droga remédio medicamento
chefe luz voz esposa marido polícia mente preço relatório decisão filho filha filhos filhas
vista relação relações rua estrada braço braços diferença coisa coisas valor prédio edifício
ação modelo temporada sociedade imposto diretor cargo jogador jogadores registro espaço terra
forma evento eventos matéria centro casal site projeto atividade estrela mesa necessidade
tribunal petróleo situação custo indústria imagem telefone celular dados foto fotos prática
pedaço terreno produto médico médicos parede paciente pacientes trabalhador trabalhadores
notícias notícia teste filme filmes norte sul leste oeste amor apoio tecnologia passo bebê
computador atenção árvore fonte organização cabelo janela evidência população verdade
pensamento pensamentos sentimento sentimentos emoção emoções estresse ansiedade angústia
depressão terapia terapeuta psicólogo psicóloga psiquiatra recuperação bem-estar tristeza
solidão luto medo medos pânico crise sono respiração lágrimas esperança coragem bondade luta
dor suicídio ajuda conscientização estigma transtorno transtornos doença tratamento sintomas
diagnóstico trauma esgotamento humor mental mentais emocional físico física social sociais
pessoal diário diária honesto sinceramente sozinho sozinha triste tristes feliz felizes
cansado cansada exausto exausta ansioso ansiosa preocupado preocupada assustado assustada
bravo brava calmo calma tranquilo tranquila forte fortes fraco valente orgulhoso orgulhosa
grato grata abençoado desesperado perdido perdida sobrecarregado estressado estressada
deprimido deprimida quebrado vivo viva profundo verdadeiro falso duro dura fácil simples
difícil importante importantes possível disponível capaz livre seguro segura claro certo
inteiro cheio cheia maior público pública privado privada especial principal nacional
internacional político política econômico econômica federal humano humana natural médica
legal atual recente jovem jovens velho velha novo nova novos novas grande grandes pequeno
pequena pequenos longo longa curto curta alto alta baixo baixa bom boa bons boas mau má ruim
melhor pior último última próximo próxima primeiro primeira segundo segunda terceiro final
aberto aberta fechado fechada pronto pronta vermelho vermelha branco branca preto preta azul
verde amarelo escuro quente frio fria rico rica pobre bonito bonita lindo linda feio feia
diferente mesmo mesma semelhante vários várias enorme estranho engraçado sério séria rápido
rapidamente lento devagar calado ocupado doente saudável louco louca selvagem
dizer diz dizem disse dizendo fazer faz fazem fez fiz feito fazendo ir vou vai vamos vão foi
fui ido indo tomar toma tomou ver vejo vê viu visto vendo vir vem vêm veio saber sei sabe sabem
sabia pensar penso pensa pensou olhar olha olhou querer quero quer querem queria dar dou dá deu
dado encontrar encontro encontrou falar falo fala falou falando perguntar parecer parece
parecia sentir sinto sente sentiu tentar tento deixar deixa deixou chamar chama chamou manter
começar começa começou ajudar ajuda ajudou mostrar mostra ouvir ouço ouve escutar jogar joga
jogou correr mover viver vivo vive viveu acreditar acredito acha achar acho levar leva trouxe
escrever escreve escreveu ler lê leu perder perco perde perdeu pagar paga pagou conhecer
conheço conhece incluir seguir segue seguiu aprender aprende entender entendo entende entendeu
compreender parar criar criou abrir abre abriu andar caminhar ganhar ganha ganhou oferecer
lembrar lembro lembra comprar comprou esperar espero espera esperou servir morrer morre
morreu enviar mandar construir ficar fica ficou cair cai caiu cortar matar chegar chega
chegou decidir decidiu chorar chora chorei rir ri sorrir dormir durmo dorme comer come comeu
beber bebe preocupar odiar odeio machucar curar compartilhar partilhar publicar verificar
merecer merece respirar respira relaxar descansar sentir falta saudade saudades agradecer
amar amo ama adoro gosto gosta sair sai saiu voltar volta voltou dever deve devo devia pôr põe
pôs colocar passar passa passou tornar terminar termina terminou precisar preciso precisa
obrigado obrigada olá oi tchau desculpa desculpe valeu beleza claro bom então olha nossa
algo alguém ninguém nada tudo todos cada um
hoje amanhã ontem semana fim segunda-feira terça-feira quarta-feira quinta-feira sexta-feira
sábado domingo janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro
dezembro primavera verão outono inverno tarde meia-noite meio-dia
universidade faculdade estudante estudantes aluno aluna alunos prova provas dever tarefa
colega colegas irmão irmã irmãos namorado namorada casamento divórcio aniversário férias festa
festas comida café almoço jantar chá cerveja vinho pão carne frango peixe fruta legumes banco
salário aluguel aluguer conta loja lojas compras país países estado estados aldeia ilha rio
montanha mar oceano praia floresta tempo chuva neve vento sol tempestade igreja deus natal
páscoa oração fé alma espírito eleição eleições voto eleitores campanha congresso senado
ministro parlamento economia crescimento inflação orçamento comércio desemprego hospital
hospitais clínica enfermeira enfermeiro medicina vacina vírus câncer cancro cirurgia futebol
jogo partida campeonato treinador torcida jornal artigo artigos revista televisão rádio
internet vídeo vídeos câmera mensagem mensagens email felicidade liberdade igualdade
sociedade qualidade segurança realidade verdade atividade comunidade universidade capacidade
possibilidade responsabilidade cidade governo movimento desenvolvimento sentimento
tratamento comportamento ambiente somente realmente rapidamente simplesmente exatamente
certamente finalmente sempre nunca jamais muitas vezes muito pouco demais bastante quase
ainda logo depois antes então além contudo embora enquanto durante segundo desde até dentro
fora em cima embaixo perto longe aqui ali lá cá porque por quê para quê quando onde como
quanto quanta quantos muitíssimo pouquinho galera cara mano legal bacana saudade
havia haviam haverá houve haja hajam seria seriam estava estavam esteve esteja estejam
fosse foram fomos serei será serão seja sejam tinha tinham teve tenha tenham
senhor senhora vocês nós elas eles seu sua nosso nossa dele dela deles delas
boa noite bom dia boa tarde se cuida força fica bem
não então são mãe pão irmão coração atenção ação nação razão
"""

# News and everyday vocabulary, and words spelled the same in neighbouring languages.
WORDS += """
abaixo aberto abraço abril absoluto acaba acabar acabou academia aceitar acerca acesso acidente
acompanhado acompanhar acontecimento acordar acordo acordos adequado adiante administração
adolescente adolescentes adulto adultos advogado aeroporto afetado afirmou agora agosto
agradável agricultura agência ajuda ajudar alcançar alegria alemã alemão algum alguma algumas
alguns alimentação alimentos alma alta altura aluno alunos além amante amarelo ambiente ambos
americana americano amizade animal ano anos anterior anteriores antiga antigo anunciou análise
ao aos aparecer apenas aplicação apoio aprender aproveitar aquela aquelas aqueles aquilo ar
argentina arma armas arquivo arte artigo artista artistas aspecto aspectos assassinato assegurar
assinatura atenção atividades ator atores através atriz atrás atual atualidade atualmente até
aulas aumento autor autores autoridade autoridades avanço avenida avião avó avô azeite ação
ações açúcar baile bairro baixo banco bandeira banheiro bar barco barulho base bastante batalha
bebê beleza benefício benefícios bens biblioteca boa boca bolsa bom bonito bons branco braço
braços breve busca buscar cabeça cachorro cada cadeia café cair caixa calor cama caminho camisa
campanha campo campos canal candidato canção canções capacidade capital cara cargo carne
carreira carta caráter casa casal caso casos catorze causa cavalo celebração cem cena central
centro cenário certo chamada chave chef chegada cheio cheiro chocolate chuva chão cidade
cidadãos científico cinco cinema circular civil ciência ciências claro classe cliente clientes
clube coisa colegas coleção colégio comentário comentários comercial começo começou comida
comissão como companheiro companhia competição completo compra comprar comum comunicação
comunidade comércio concerto condições conferência confiança conflito conhecer conhecimento
conjunto conseguir conselho consequência construção consumo conta contato contexto contigo conto
contra contrato controle contrário contudo cor coração corpo correio corrente cortar costa
cozinha crer crescimento crise cristão cruz crédito cuidado culpa cultura cultural curso curto
cão cérebro céu dados dano daquela daquele data debate decisão dedo defesa deixar dela delas
dele deles delito demais demanda democracia dentro depois desastre descanso desde desejo
desenvolvimento dessa desse desta deste destino detalhe detalhes deus dever dez dezembro diante
diferente diferentes diferença diferenças difícil digital dinheiro direita direitos direto
diretor diretora direção disco discurso disso distância diário documento documentos doença
doenças dois domingo dono dor doutor drama drogas duas durante dívida dúvida económico econômica
econômico edifício editor educação efeito eleitoral eleição elementos embora emergência emprego
empresa empresas encontro energia enorme enquanto ensaio entender entidade entrada entre
entretanto entrevista então equipe equipes erro escola escrever escritor escritório espanha
espanhol espanhola espaço especial especialmente espera esperança esporte esportes esposa
espécie espírito esquerda esquina essas esses estado estados estas estação estes estilo estrada
estrangeiro estranho estratégia estrela estrutura estudante estudantes estudo estudos etapa
europa europeu evento eventos evidente exame exatamente excelente exemplo existe experiência
explicação exposição exterior exército fala falar falta familiar famoso família fatal favor
federal feito felicidade feliz fenômeno festa festival fevereiro ficar figura filho filhos filme
fim final finalmente flor flores fogo fome fonte fora forma formal formação forte forças foto
fotos francesa francês frase frente fruta fundo função futebol futuro fácil ganhar gasto gente
geral geração global golpe gosto governo gradual grande grandes grave gripe grupo grupos guerra
habitantes história hoje homem homens hora horas horror hospital hotel humano humanos humor
idade ideal ideia ideias idioma igreja igual ilha imagem imagens importante importância
impossível imprensa inclusive individual industrial indústria inferior informação instituto
interesse interior internacional internet inverno investigação início irmão irmãos isso isto
jamais janeiro janela jantar jardim jogar jogo jogos jornal jornalista jovem jovens juiz julho
junho junta junto justiça juventude lado lago lar legal lei leis leite leitura lembrança letra
levar liberal liberdade limite linda linha lista literatura livre livro livros local logo loja
longe longo lua lugar luz líder língua maio maior maioria mais mal manhã manual mapa mar marca
marcha março material medicina medida medidas medo meio meios melhor membro membros memória
menor menos mensagem mental mente mercado mesa mestre metade metal metro mil milhão milhões
militar mineral ministro minuto missão modelo moderno modo moeda momento momentos monitor
montanha moradia moral morrer morte morto mostrar motivo motor movimento moça mudar muita muitas
muito muitos mulher mulheres mundial mundo municipal museu musical máquina mãe mão mãos médico
mês música nacional namorada namorado naquela naquele natural natureza necessidade necessário
negócio nela nelas nele neles nenhum nenhuma nessa nesse nesta neste neutral nisso noite nome
norma normal nota notícia notícias novo novos nuclear num numa numas nunca nuns nível número
objetivo obra obras oceano ocupar oferta oficial oito olhar olhos ontem onze operação opinião
oportunidade opção oral ordem organização origem original ouro outono outubro ovo pacote
pagamento pai pais paixão palavra palavras papel par parece parede parque parte participação
particular partido passado passo paz país países pedir pedra peito pela pelas pele pelo pelos
pena pensamento pequeno perda perfeito pergunta perigo permissão perna personagem perto pescoço
peso pessoa pessoas piano pior piso planeta plano planta plural pobre poder poema poesia polícia
política político políticos ponto pontos popular população porque porta portanto porto porém
posição possibilidade possível posterior pouca poucas pouco poucos povo povos praia prata praça
prefeito prefeitura presente presença presidente pressão preço primavera primeira primeiro
principal princípio prisão privado problema problemas processo produto produtos produção
profissional programa programas progresso projeto projetos prova provas prémio prêmio
publicidade pássaro pão quadro qual qualidade qualquer quantidade quanto quarta-feira quarto
quase quatorze quatro queijo questão quinta-feira quinze rapaz razão real realidade recurso
recursos rede redes redor região regra regular rei relação religião resto resultado reunião
revista rio risco ritmo romance rosto roupa rua ruas rural rádio sala sangue saída saúde segredo
segunda segurança seguro seis seleção semana sempre senhor senhora sentido ser serviço sete
setor sexta-feira significa silêncio similar sinal singular sistema situação sobre social
sociedade sol solar soldado solução som sombra sonho sorriso sorte sucesso sul superior sábado
século série símbolo sítio tamanho também tampouco tanto tarde tarefa teatro tecnologia tela
tema temas tempo temporada ter terceiro terno terra terreno território terror terça-feira texto
tipo todavia total trabalhador trabalhadores trabalho tradição tranquilo tratamento trem
tribunal tropa tropical trás trânsito três turismo tutor técnica título um universal
universidade urgente uso usuário usuários valor valores velho venda vento verdade verde vermelho
verão vestido viagem vida vinho vinte violência visita vista visual vital vizinho vizinhos volta
vontade voz vários vídeo vítima vítimas zero zona à àquele às água águas álcool área áreas
árvore árvores época último única único
"""
