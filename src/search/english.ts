// Everyday English words of technical questions in Russian: «how to remove unused images» asked of notes that say
// «удалить неиспользуемые образы». A word the notes themselves use in English stays English; an English name of a
// thing («nginx», «taint») needs no dictionary, as the notes write it so or the cognates hear it.
import { stem } from "./analyzer.ts";

/**
 * English words (any form the English stemmer takes to one stem) and the Russian words notes say them with, the
 * usual first. General words of operating and configuring software, not the names of any one tool.
 */
const WORDS = `
add: добавить добавлять
remove: удалить убрать
delete: удалить
create: создать создавать
update: обновить обновлять
upgrade: обновить
install: установить поставить
uninstall: удалить
run: запустить запускать
start: запустить старт
stop: остановить
restart: перезапустить рестарт
reload: перечитать перезагрузить
pass: передать передавать
send: отправить
get: получить
set: задать установить
change: изменить поменять
edit: редактировать изменить
show: показать
list: список
see: посмотреть увидеть
view: посмотреть
check: проверить проверка
find: найти поиск
search: поиск искать
choose: выбрать выбор
select: выбрать
enable: включить
disable: отключить выключить
limit: ограничить ограничение лимит
allow: разрешить
deny: запретить
forbid: запретить
block: заблокировать блокировка
lock: блокировка лок
unlock: разблокировать
keep: хранить держать
store: хранить
save: сохранить
copy: копировать скопировать
move: переместить
rename: переименовать
replace: заменить
split: разделить
merge: объединить
connect: подключить подключиться
attach: подключить
mount: смонтировать монтировать
expose: открыть
open: открыть
close: закрыть
hide: скрыть спрятать
encrypt: шифровать зашифровать
decrypt: расшифровать
import: импортировать импорт
export: экспортировать экспорт
schedule: расписание
scale: масштабировать масштабирование
balance: балансировать балансировка
route: маршрут маршрутизация
forward: пробросить
publish: опубликовать публиковать
subscribe: подписаться подписка
know: знать
belong: принадлежать
happen: происходить произойти
work: работать
fail: упасть падать
crash: упасть
break: сломать
fix: исправить починить
debug: отладить
test: тест проверить
build: собрать сборка
deploy: деплой развернуть
rollback: откат откатить
roll: откатить
wait: ждать
retry: повтор повторить
skip: пропустить
ignore: игнорировать
repeat: повторить
use: использовать
need: нужно
mean: значить означать
differ: отличаться
compare: сравнить
measure: измерить
count: посчитать счетчик
clean: почистить очистить
prune: почистить
rotate: ротация
monitor: мониторинг
alert: алерт
notify: уведомить уведомление
log: лог логи
image: образ
container: контейнер
variable: переменная
value: значение
key: ключ
password: пароль
secret: секрет
token: токен
user: пользователь юзер
group: группа
permission: права доступ
access: доступ
mode: режим
role: роль
file: файл
folder: папка каталог
directory: каталог папка
path: путь
disk: диск
memory: память
size: размер
body: тело
header: заголовок
request: запрос
response: ответ
method: метод
port: порт
address: адрес
network: сеть
traffic: трафик
server: сервер
host: хост
machine: машина
node: нода узел
cluster: кластер
service: сервис
process: процесс
worker: воркер
thread: поток
queue: очередь
message: сообщение
channel: канал
database: база бд
table: таблица
index: индекс
backup: бэкап резервная
snapshot: снапшот снимок
replica: реплика
master: мастер
state: состояние стейт
config: конфиг конфигурация
setting: настройка
option: опция параметр
flag: флаг
parameter: параметр
argument: аргумент
command: команда
script: скрипт
template: шаблон
module: модуль
plugin: плагин
provider: провайдер
resource: ресурс
policy: политика
rule: правило
order: порядок
priority: приоритет
precedence: приоритет
default: умолчанию дефолт
version: версия
release: релиз
tag: тег
layer: слой
cache: кэш
timeout: таймаут
error: ошибка
warning: предупреждение
problem: проблема
reason: причина
difference: разница отличие
way: способ
step: шаг
task: задача таска
job: задача джоба
data: данные
metric: метрика
graph: график
dashboard: дашборд
record: запись
entry: запись
line: строка
string: строка
number: число
time: время
interval: интервал
period: период
day: день
second: секунда
minute: минута
hour: час
speed: скорость
performance: производительность
load: нагрузка загрузить
health: здоровье
status: статус
small: маленький
big: большой
large: большой
simple: простой
fast: быстрый
slow: медленный
best: лучший
better: лучше
old: старый
new: новый
unused: неиспользуемый
existing: существующий
running: запущенный
stopped: остановленный
dangling: висячий
temporary: временный
persistent: постоянный
distributed: распределенный
automatic: автоматический
manual: ручной
secure: безопасный
safe: безопасный
external: внешний
internal: внутренний
local: локальный
remote: удаленный
global: глобальный
main: главный основной
single: один
every: каждый
each: каждый
all: все
many: много
multiple: несколько
synchronous: синхронный синхронно
asynchronous: асинхронный асинхронно
function: функция
class: класс
object: объект
field: поле
type: тип
array: массив
loop: цикл
condition: условие
exception: исключение
call: вызов вызвать
return: вернуть возвращает
trigger: вызывать запускать
reference: ссылка
pointer: указатель
owner: владелец
scope: область
mutable: изменяемый
immutable: неизменяемый
leak: утечка
free: освободить
allocate: выделить
column: колонка столбец
row: строка
query: запрос
sort: сортировка сортировать
filter: фильтр фильтровать
insert: вставка вставить
join: объединение джойн
tree: дерево
random: случайный
guess: угадывать
`;

/**
 * English stem → the Russian words for it. Words the stemmer takes to one stem («run» and «running», «set» and
 * «setting») pool theirs, the first listed first: a later line must not take the place of an earlier one.
 */
const DICTIONARY = new Map<string, string[]>();
for (const line of WORDS.trim().split("\n")) {
  const [english = "", russian = ""] = line.split(":");
  const key = stem(english.trim());
  const words = DICTIONARY.get(key) ?? [];
  for (const word of russian.trim().split(/\s+/u)) if (!words.includes(word)) words.push(word);
  DICTIONARY.set(key, words);
}

/** The Russian words an English word of a question is said with in Russian notes; none for a word not listed. */
export function russianFor(englishTerm: string): readonly string[] {
  return DICTIONARY.get(englishTerm) ?? [];
}

/** Every English stem of the dictionary with the Russian words for it. */
export function dictionary(): ReadonlyMap<string, readonly string[]> {
  return DICTIONARY;
}
