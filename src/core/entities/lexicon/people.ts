// Gazetteer of people: common given names (to tell a person's name from other capitalised words) and
// well-known public figures with their country and offices (to resolve "the Russian leader", "the president-elect").

/**
 * Given names, many languages. A capitalised word followed by a surname-like word after one of these is a person.
 * The names of src/core/text/genders.ts, which tell a man from a woman, are given names too: they are not repeated here.
 */
export const GIVEN_NAMES = [
  // English
  'Chad|Alec|Alex|Allan|Allen|Antony|Bradley|Chris|Christian|Christopher|Cindy|Clive|Curtis|Dale|Dan|Dick|Don|Dwight|Eddie|Gavin|Gene|Geoff|Geoffrey|Gerry|Glenn|Jackie|Jamie|Jean|Jerry|Josh|Justin|Kenny|Kim|Kirk|Lee|Leslie|Louis|Lynn|Malcolm|Maurice|Max|Mitchell|Nicola|Norman|Pat|Pete|Phillip|Randall|Randy|Ray|Ricky|Rob|Robin|Rodney|Ross|Sam|Sandy|Shane|Shaun|Stanley|Stewart|Terry|Tommy|Tracy|Trevor|Troy|Vernon|Vince|Warren|Wesley|Zachary|Kamala|Nikki|Rudy|Newt|Mitt|Condoleezza|Al|Tipper|Strobe|Jesse|Lyndon|Rand|Elon|Sundar|Satya|Rupert|Oprah|Serena|Venus|Shaquille|Kobe|LeBron|Kareem|Ty|Mickey|Reggie|Sammy|Emmitt|Deion|Nasser|Graeme|Ravi|Dermot|Dominic|Gareth|Rhys|Lewis|Jonny|Wasim|Waqar|Inzamam|Saeed|Ijaz|Moin|Mushtaq|Aamir|Sachin|Sourav|Rahul|Anil|Javagal|Sanath|Aravinda|Arjuna|Hansie|Jacques|Curtly|Courtney|Shivnarine|Desmond|Viv|Richie|Steffi|Arantxa|Conchita|Lindsay|Jana|Andre|Goran|Yevgeny|Marcelo|Sergi|Magnus|Stefan|Mats|Jonas|Cedric|Mal|Felix|Younes|Hicham|Haile|Noureddine|Moses|Linford|Donovan|Frankie|Ato|Marie-Jose|Merlene|Gwen|Jan|Evander|Lennox|Naseem|Ernie|Seve|Bernhard|Vijay|Jesper|Retief|Ricardo|Marc|Damon|Mika|Heinz-Harald|Rubens|Gerhard|Olivier|Alain|Nelson|Ayrton|Emerson|Gianluca|Roberto|Paolo|Alessandro|Fabrizio|Demetrio|Gianfranco|Gianluigi|Dino|Attilio|Marcello|Giuseppe|Giovanni|Arrigo|Cesare|Enrico|Lorenzo|Luigi|Massimo|Stefano|Francesco|Luca|Matteo|Pietro|Riccardo|Salvatore|Sandro|Silvio|Umberto|Vittorio|Zdenek|Gabriel|Hernan|Ariel|Claudio|Manuel|Pablo|Rafael|Ramon|Raul|Sergio|Alfonso|Andres|Angel|Cristian|Eduardo|Emilio|Ernesto|Esteban|Fabian|Felipe|Gonzalo|Guillermo|Gustavo|Hector|Hugo|Ignacio|Jaime|Jesus|Joaquin|Julio|Leonardo|Mauricio|Nicolas|Rodrigo|Rolando|Ruben|Salvador|Santiago|Tomas|Vicente|Alvaro|Fidel|Evo|Dilma|Jair|Ronaldo|Romario|Bebeto|Rivaldo|Ronaldinho|Kaka|Pele|Zico|Socrates|Edmundo|Dunga|Cafu|Juninho|Denilson|Mauro|Aldair|Taffarel',
  // More given names common in English-language news
  'Jeb|Carly|Corey|Cory|Lindsey|Megyn|Ed|Antonin|Loretta|Robby|Tad|Jared|Pam|Trey|Jay|Dana|Marty|Nate|Marla|Joni|Lou|Sheldon|Morton|Zach|Stan|Hank|Sidney|Jenna|Leon|Kelsey|Erin|Marvin|Merrick|Abraham|Rahm|Kellyanne|Huma|Reince',
  // French, German, Dutch, Nordic
  'Christophe|Claude|Didier|Dominique|Etienne|Fabien|Francois|Frederic|Gerard|Gilles|Guy|Henri|Herve|Jean-Claude|Jean-Pierre|Jean-Marie|Jean-Louis|Jean-Paul|Jean-Luc|Jean-Marc|Jean-Michel|Jean-Yves|Jerome|Julien|Laurent|Lionel|Luc|Marcel|Michel|Pascal|Patrice|Philippe|Regis|Rene|Sebastien|Serge|Stephane|Thierry|Yannick|Yves|Zinedine|Youri|Valery|Edouard|Segolene|Ségolène|Francoise|Sylvie|Nathalie|Martine|Monique|Helene|Adolf|Armin|Axel|Bernd|Bodo|Christoph|Dieter|Dietmar|Dirk|Egon|Erich|Ernst|Franz|Friedrich|Fritz|Georg|Gottfried|Guenter|Gunter|Gustav|Hans-Dietrich|Hans-Juergen|Heiko|Heinz|Helmut|Helmuth|Herbert|Hermann|Horst|Hubert|Ingo|Joachim|Jochen|Johannes|Josef|Joschka|Juergen|Jurgen|Karl-Heinz|Kurt|Lothar|Lutz|Manfred|Markus|Matthias|Norbert|Olaf|Otto|Ralf|Reiner|Reinhard|Rolf|Rudi|Rudolf|Sepp|Siegfried|Steffen|Thorsten|Udo|Ulf|Ulrich|Uwe|Volker|Werner|Wilhelm|Wolfgang|Annegret|Theo|Roman|Mehmet|Johan|Ruud|Edgar|Clarence|Wim|Pim|Guus|Pieter|Willem|Wouter|Henk|Kees|Joop|Jaap|Ard|Arie|Bert|Cor|Gert|Gerrit|Hendrik|Jeroen|Joost|Koen|Maarten|Niels|Sander|Sjaak|Ton|Bjorn|Bjoern|Anders|Hakan|Henrik|Ingvar|Jens|Kjell|Lars|Leif|Mikael|Nils|Olof|Ove|Per|Rune|Sven|Torbjorn|Bo|Poul|Mogens|Ole|Esa|Jari|Kimmo|Matti|Pekka|Teemu|Timo|Jarmo|Sami|Tapio|Gro|Harald|Thorbjorn',
  // Slavic, Baltic, Hungarian, Romanian, Greek, Turkish
  'Alexey|Aleksei|Anatoly|Andrey|Anton|Arkady|Dmitri|Dmitriy|Evgeny|Gennady|Georgy|Grigory|Ilya|Konstantin|Leonid|Maxim|Nikita|Nikolai|Nikolay|Oleg|Pavel|Pyotr|Ruslan|Stanislav|Valentin|Vadim|Vitaly|Vladislav|Vyacheslav|Yegor|Yury|Aslan|Dzhokhar|Shamil|Ramzan|Akhmad|Zelimkhan|Alla|Galina|Irina|Lyudmila|Natalya|Tatyana|Yelena|Naina|Raisa|Volodymyr|Petro|Oleksandr|Oleksiy|Mykola|Andriy|Taras|Bohdan|Vitali|Wladimir|Alyaksandr|Lech|Aleksander|Jerzy|Krzysztof|Marek|Piotr|Tadeusz|Tomasz|Wojciech|Zbigniew|Andrzej|Bronislaw|Jacek|Janusz|Jaroslaw|Waldemar|Wlodzimierz|Grzegorz|Hanna|Danuta|Vaclav|Milos|Jiri|Karel|Ladislav|Miroslav|Petr|Jozef|Michal|Slobodan|Radovan|Ratko|Franjo|Alija|Zoran|Milan|Momcilo|Dragan|Ivica|Davor|Dejan|Nenad|Predrag|Savo|Sinisa|Vlade|Zlatko|Zvonimir|Dusan|Milorad|Biljana|Mirjana|Kiro|Branko|Ante|Mate|Stjepan|Hashim|Ibrahim|Janez|Algirdas|Vytautas|Arvydas|Sarunas|Guntis|Andris|Lennart|Mart|Gyula|Laszlo|Istvan|Ferenc|Janos|Jozsef|Zoltan|Gabor|Tibor|Imre|Attila|Ion|Ilie|Gheorghe|Nicolae|Traian|Emil|Petre|Teodor|Constantin|Mircea|Gica|Florin|Dorin|Cosmin|Mihai|Ionut|Bogdan|Konstantinos|Costas|Kostas|Dimitris|Georgios|Giorgos|Nikos|Yannis|Ioannis|Theodoros|Panagiotis|Vassilis|Alexis|Kyriakos|Recep|Ahmet|Mustafa|Suleyman|Tansu|Mesut|Bulent|Necmettin|Hasan|Huseyin|Kemal|Murat|Osman|Tayyip|Turgut|Yilmaz|Emre|Arda|Rustu|Sergen|Tugay|Zhivko|Todor|Hristo|Petar|Krasimir|Lyubomir|Stoyan|Yordan',
  // Arabic, Persian, South Asian, African
  'Abdel|Abdallah|Ahmad|Amin|Amr|Anwar|Ashraf|Ayman|Bashar|Fahd|Faisal|Farouk|Fouad|Gamal|Hafez|Hamad|Hamid|Hassan|Hosni|Ismail|Jamal|Kamal|Khaled|Khalid|Mahmoud|Mohamed|Mohammad|Mahmud|Nabil|Naguib|Osama|Qaboos|Rafik|Rafiq|Saad|Saddam|Said|Salah|Salem|Samir|Suleiman|Tariq|Tarek|Walid|Yasser|Yasir|Yousef|Youssef|Yusuf|Zayed|Akbar|Ali-Akbar|Hashemi|Mohsen|Ebrahim|Javad|Masoud|Benazir|Nawaz|Pervez|Imran|Zulfikar|Asif|Farooq|Shahid|Rajiv|Indira|Narendra|Atal|Manmohan|Priyanka|Amitabh|Khaleda|Sheikha|Chandrika|Ranil|Mahinda|Velupillai|Thabo|Cyril|Winnie|Kofi|Boutros|Olusegun|Sani|Moshood|Goodluck|Umaru|Morgan|Julius|Jomo|Yoweri|Idi|Milton|Mobutu|Denis|Muammar|Moammar|Habib|Abdelaziz|Houari|Liamine|Meles|Isaias|Mengistu|Siad|Samora|Joaquim|Hage|Seretse|Ketumile|Festus|Blaise|Abdou|Abdoulaye|Leopold|Alpha|Lansana|Amadou|Moussa|Mamadou|Ousmane|Oumar|Idriss|Hissene|Ange-Felix|Konan|Alassane|Jean-Bedel|Yitzhak|Shimon|Ehud|Menachem|Golda|Moshe|Yossi|Avraham|Natan|Eli|Uri|Saeb|Hanan|Marwan',
  // East and Southeast Asian
  'Li|Wang|Zhang|Liu|Chen|Yang|Zhao|Huang|Zhou|Wu|Xu|Zhu|Gao|Lin|Jiang|Deng|Mao|Xi|Wen|Qian|Tang|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Shin|Seo|Kwon|Hwang|Ahn|Ryu|Jeon|Bae|Baek|Heo|Nam|Roh|Chun|Syngman|Tae-woo|Young-sam|Dae-jung|Moo-hyun|Myung-bak|Geun-hye|Jae-in|Il-sung|Jong-il|Jong-un|Ryutaro|Tomiichi|Morihiro|Keizo|Yoshiro|Junichiro|Shinzo|Yasuo|Taro|Yukio|Naoto|Yoshihiko|Fumio|Yoshihide|Shigeru|Kiichi|Toshiki|Noboru|Yasuhiro|Masayoshi|Hideo|Ichiro|Hiroshi|Takeshi|Kenji|Koji|Masato|Naoki|Satoshi|Shinji|Takashi|Tetsuya|Yoshio|Yuji|Akira|Kazuo|Kenichi|Makoto|Tomoko|Yoko|Akiko|Michiko|Masako|Norodom|Sihanouk|Ranariddh|Suharto|Habibie|Megawati|Sukarno|Abdurrahman|Susilo|Joko|Mahathir|Najib|Goh|Corazon|Ferdinand|Imelda|Benigno|Aung|Thaksin|Chuan|Banharn|Chavalit|Prem|Bhumibol|Nguyen|Tran|Pham|Phan|Truong|Ho|Chiang|Ching-kuo|Teng-hui|Shui-bian|Ying-jeou|Tung|Chee-hwa|Anson',
].join('|');

/**
 * Names of the gender lists that the recogniser does not take for given names: places and common words more often
 * than names before a surname ("Georgia", "Victoria", "Grace", "Rose").
 */
export const NOT_GIVEN_HERE: ReadonlySet<string> = new Set('Amber|Charlotte|Eve|Florence|Georgia|Grace|Hazel|Ida|Iris|Lorraine|Marion|Penny|Regina|Rose|Sofia|Victoria'.split('|'));

/**
 * Well-known people: "Canonical;country;offices;aliases" separated by "|". Country is a canonical place name;
 * offices are lowercase role heads ("president", "president-elect", "foreign minister", "spokesman").
 */
export const KNOWN_PEOPLE = [
  'Vladimir Putin;Russia;president,leader',
  'Donald Trump;United States;president,president-elect,leader',
  'Joe Biden;United States;president,vice president,leader',
  'Kamala Harris;United States;vice president',
  'JD Vance;United States;vice president-elect,vice-president-elect,vice president,senator;J.D. Vance',
  'Barack Obama;United States;president',
  'George W. Bush;United States;president',
  'Bill Clinton;United States;president',
  'Hillary Clinton;United States;secretary of state,senator',
  'Dmitry Peskov;Russia;spokesman,press secretary;Dmitri Peskov',
  'Dmitry Medvedev;Russia;prime minister,president,deputy chairman;Dmitri Medvedev',
  'Sergey Lavrov;Russia;foreign minister;Sergei Lavrov',
  'Valentina Matviyenko;Russia;speaker',
  'Volodymyr Zelenskyy;Ukraine;president,leader;Volodymyr Zelensky,Zelensky,Zelenskiy',
  'Boris Yeltsin;Russia;president,leader',
  'Mikhail Gorbachev;Soviet Union;president,leader',
  'Alexander Lebed;Russia;security chief,security adviser',
  'Viktor Chernomyrdin;Russia;prime minister',
  'Xi Jinping;China;president,leader',
  'Emmanuel Macron;France;president',
  'Olaf Scholz;Germany;chancellor',
  'Angela Merkel;Germany;chancellor',
  'Helmut Kohl;Germany;chancellor',
  'Boris Johnson;Britain;prime minister',
  'Keir Starmer;Britain;prime minister',
  'Tony Blair;Britain;prime minister',
  'John Major;Britain;prime minister',
  'Margaret Thatcher;Britain;prime minister',
  'Benjamin Netanyahu;Israel;prime minister',
  'Yasser Arafat;Palestine;president,leader',
  'Saddam Hussein;Iraq;president,leader',
  'Recep Tayyip Erdogan;Turkey;president',
  'Narendra Modi;India;prime minister',
  'Kim Jong Un;North Korea;leader;Kim Jong-un',
  'Elon Musk;;',
  'Pope Francis;Vatican;pope',
  'Jens Stoltenberg;;secretary general',
  'Mark Rutte;Netherlands;secretary general,prime minister',
  'Antonio Guterres;;secretary general',
  'Kofi Annan;;secretary general',
  'Boutros Boutros-Ghali;;secretary general',
  'Nelson Mandela;South Africa;president',
  'Fidel Castro;Cuba;president,leader',
  'Bob Dole;United States;senator',
  'Jacques Chirac;France;president',
  'Alain Juppe;France;prime minister',
  'Jiang Zemin;China;president',
  'Li Peng;China;premier',
  'Ryutaro Hashimoto;Japan;prime minister',
  'Benazir Bhutto;Pakistan;prime minister',
  'Shimon Peres;Israel;prime minister',
  'Hosni Mubarak;Egypt;president',
  'Alija Izetbegovic;Bosnia;president',
  'Slobodan Milosevic;Serbia;president',
  'Franjo Tudjman;Croatia;president',
  'Leonid Kuchma;Ukraine;president',
  'Alexander Lukashenko;Belarus;president',
  'Aslan Maskhadov;Chechnya;chief of staff,leader',
  'Zelimkhan Yandarbiyev;Chechnya;leader',
  'Madeleine Albright;United States;ambassador,secretary of state',
  'Warren Christopher;United States;secretary of state',
  'Al Gore;United States;vice president',
  'Newt Gingrich;United States;speaker',
  'Ross Perot;United States;',
  'Jack Kemp;United States;',
  'Aung San Suu Kyi;Burma;leader',
].join('|');
