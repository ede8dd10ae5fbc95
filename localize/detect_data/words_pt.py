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
