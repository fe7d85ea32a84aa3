// Words that never drive ranking: function words (Snowball's Russian and English lists, minus «под» — in these
// notes it is the pod) and the words of a question's form («что такое», «зачем», «how does»).

const RUSSIAN = `и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было
вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам
ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз
тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее
сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас про
всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более
всегда конечно всю между это эта эти этих какие каких какое каким какую которые который которая которое которых
также свои свой своих такое такая такие таких`;

const QUESTION = `что такое зачем почему как какой какая какие каков чем отличается отличаются отличие отличия разница
различие различия разницы между vs versus нужен нужна нужно нужны нужен ли расскажи объясни подскажи скажи покажи
пожалуйста плз плиз вообще значит означает называется делать сделать бывают бывает есть ли кто-нибудь
знаешь можешь`;

const ENGLISH = `a an the is are was were be been being do does did how what why which who whom when where of
to in on at for with by from and or not vs versus between difference differences explain tell me about i you it its
this that these those can could should would will my your there their what's whats does is it`;

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

/** Function words and question words, lower case with ё folded to е. «под» is deliberately absent. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [...words(RUSSIAN).filter((w) => w !== "под"), ...words(QUESTION), ...words(ENGLISH)].map((w) =>
    w.replaceAll("ё", "е"),
  ),
);
