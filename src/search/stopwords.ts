// Words that never drive ranking: function words (Snowball's Russian and English lists, minus «под» — in these
// notes it is the pod) and the words of a question's form («что такое», «зачем», «how does»).

const RUSSIAN = `и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было
вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам
ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз
тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее
сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас про
всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более
всегда конечно всю между это эта эти этих какие каких какое каким какую которые который которая которое которых
также свои свой своих такое такая такие таких собой собою
какого какому каком какими какою такого такому таким таком такую такою такими которого которому которым котором
которой которую которою которыми этому этим этими тому та той ту те тех теми своего своему своим своем своя своей
свое своими моего моему моим моем мою мое мои моих моими твой твоего твоему твоим твоем твоя твоей твою твое твои
твоих твоими наш нашего нашему нашим нашем наша нашей нашу наше наши наших нашими ваш вашего вашему вашим вашем
ваша вашей вашу ваше ваши ваших вашими весь всему всем вся всей всеми самого самому самим самом сама самой саму
само сами самих самими другого другому другим другая другую другое другие других другими нему ими ними нем кого
кому кем ком чему мной мною тобой тебе нами вами друг друга другу другом столько стольких стольким словно оттуда
отсюда стоит`;

// Prepositions Snowball's list leaves out that say nothing of a question's subject: «среди» would be stemmed to
// «сред» and found in every «среда». Not «кроме», «вместо», «внутри», «мимо»: «все тесты кроме медленных» asks to
// leave some out.
const PREPOSITIONS = `среди вокруг около вдоль возле сквозь ради благодаря согласно насчет посредством`;

const QUESTION = `что че чё чо шо што такое зачем почему пачему нафига нафиг нахрена нахера накой кой смысл
образом как какой какая какие каков чем отличается отличаются отличие отличия разница
различие различия разницы между vs versus нужен нужна нужно нужны ли расскажи объясни подскажи скажи покажи
расскажите объясните поясни поясните подскажите покажите напомни напомните дай дайте инфа инфу
представляет представляют представлять определение
пожалуйста плз плиз вообще именно значит означает называется называются называют делать сделать делает делают бывают бывает кто-нибудь
знаешь можешь знать понять устроен устроена устроено устроены скока реально`;

// Snowball's English stop list, with the question words a learner types in English.
const ENGLISH = `i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers
herself it its itself they them their theirs themselves what which who whom this that these those am is are was were be
been being have has had having do does did doing would should could ought i'm you're he's she's it's we're they're i've
you've we've they've i'd you'd he'd she'd we'd they'd i'll you'll he'll she'll we'll they'll isn't aren't wasn't weren't
hasn't haven't hadn't doesn't don't didn't won't wouldn't shan't shouldn't can't cannot couldn't mustn't let's that's
who's what's here's there's when's where's why's how's a an the and but if or because as until while of at by for with
about against between into through during before after above below to from up down in out on off over under again
further then once here there when where why how all any both each few more most other some such no nor not only own
same so than too very can will just should now vs versus difference differences tell whats happen happens happened
actually`;

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

/** English function words (Snowball's list, without the question words added to it): «where», «having», «not». */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  words(ENGLISH.slice(0, ENGLISH.indexOf(" vs versus"))),
);

/** Function words and question words, lower case with ё folded to е. «под» is deliberately absent. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    ...words(RUSSIAN).filter((w) => w !== "под"),
    ...words(PREPOSITIONS),
    ...words(QUESTION),
    ...words(ENGLISH),
  ].map((w) => w.replaceAll("ё", "е")),
);

// Everyday verbs and nouns of a question that say how something is asked, not what about: «как сделать, чтобы…»,
// «что использовать для…», «как задать число реплик». They still count, but far less than the thing asked about.
const GENERIC = `сделать делать делается делают сделали использовать используется использовать используют работать работает
работают работу происходит произошло нужен нужна нужно нужны надо можно хочу хотим хотеть хочется получить получается
начать начинать начинают помочь помогает должен должна должно должны дать дает иметь имеет является являются вещь вещи штука штуки способ способы пример примеры случай случае
поставить ставить сказать говорит значит вариант варианты пользоваться юзать применять применяется нормально правильно
лучше хорошо плохо просто самый самая самое самые какой-то какая-то что-то где-то кто-то список списком перечисли
перечень состоит состоят складывается складываются обычно умеет умеют уметь умею умеешь могут могу могли мог принцип принципу
задать задавать задается задаются
use used using make making do work works working need needs want thing things way ways example get got go goes
going went kind kinds sort know knows put puts happen happens mean means`;

/**
 * Words a list question names its items by («какие бывают виды xss», «какие значения бывают у position»): generic
 * in a list question, where the list says the kinds themselves; about the subject elsewhere («категориальный тип»).
 */
export const KIND_WORDS: ReadonlySet<string> = new Set(
  words(`вид виды разновидность разновидности значение значения`),
);

/**
 * Words that say how a thing is done, by hand, not what: «как подтверждать сообщения руками». As typed, not as
 * their terms: «руками» is no generic word for «рука» («снимать с рук», «перелом руки»).
 */
export const MANNER_WORDS: ReadonlySet<string> = new Set(words("руками вручную"));

/** Generic question words, lower case with ё folded to е: matched words that say little about the subject. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(words(GENERIC).map((w) => w.replaceAll("ё", "е")));

/**
 * Verbs of operations, done on a cluster by a command: «как создать сервис», «как зайти внутрь пода», «как поднять
 * кластер» are not answered by a passage that only says what a service or a pod is. Seeing is one too: «как посмотреть, сколько
 * памяти ест редис» is answered by `INFO memory`, not by prose that says «посмотреть, сколько осталось».
 */
const OPERATIONS = `создать создавать добавить добавлять запустить запускать перезапустить перезапускать обновить обновлять
откатить откатывать установить устанавливать поставить ставить зайти заходить войти подключиться применить
применять развернуть развертывать задеплоить выкатить выкатывать масштабировать повесить вешать навесить
create add run start restart update rollback install deploy apply scale
посмотреть смотреть проверить проверять узнать узнавать показать показывать глянуть поднять поднимать
скачать скачивать загрузить загружать выгрузить выгружать стянуть скопировать копировать download pull push copy
залить заливать выложить выкладывать отправить отправлять upload send`;

/**
 * Verbs that undo: notes show how to add, create, start and set things up, far more rarely how to take them away.
 * «Как удалить репозиторий» is not answered by how to add one, so a how-to asking one of these is answered only
 * by a passage that says it.
 */
const UNDOING = `удалить удалять убрать убирать снять снимать остановить останавливать выключить выключать отключить
отключать уменьшить уменьшать отменить отменять очистить очищать почистить чистить вывести выводить
delete remove stop disable detach decrease uninstall cancel clean`;

/** Undoing verbs, lower case with ё folded to е (see {@link UNDOING}). */
export const UNDOING_WORDS: ReadonlySet<string> = new Set(words(UNDOING));
/** Operation verbs, the undoing ones among them (see {@link OPERATIONS}). */
export const OPERATION_WORDS: ReadonlySet<string> = new Set([...words(OPERATIONS), ...UNDOING_WORDS]);

/**
 * Phrases that say how to answer, not what about: «объясни простыми словами, что такое под», «вкратце про
 * helm», "explain in simple terms". Their words would match a heading such as «Service в двух словах».
 */
export const ANSWER_FORM =
  /(?:^|[^\p{L}])(?:(?:простыми|своими|другими)\s+словами|в\s+(?:двух|двух-трех|паре)\s+слов(?:ах)?|двумя\s+словами|простым\s+языком|на\s+пальцах|по[-\s]простому|по[-\s]русски|вкратце|кратко|коротко|подробно|подробнее|поподробнее|в\s+общих\s+чертах|для\s+(?:чайников|новичков|новичка|тупых)|in\s+(?:simple|plain)\s+(?:terms|words|english)|in\s+short|in\s+a\s+nutshell|briefly|eli5|одной\s+командой|в\s+одну\s+команду|in\s+(?:one|a\s+single)\s+command)(?=$|[^\p{L}])/giu;
