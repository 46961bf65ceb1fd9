import { createRequire as __trbRequire } from "node:module";
const require = __trbRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/bottleneck/light.js
var require_light = __commonJS({
  "node_modules/bottleneck/light.js"(exports, module) {
    (function(global2, factory) {
      typeof exports === "object" && typeof module !== "undefined" ? module.exports = factory() : typeof define === "function" && define.amd ? define(factory) : global2.Bottleneck = factory();
    })(exports, (function() {
      "use strict";
      var commonjsGlobal = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
      function getCjsExportFromNamespace(n) {
        return n && n["default"] || n;
      }
      var load = function(received, defaults, onto = {}) {
        var k, ref2, v;
        for (k in defaults) {
          v = defaults[k];
          onto[k] = (ref2 = received[k]) != null ? ref2 : v;
        }
        return onto;
      };
      var overwrite = function(received, defaults, onto = {}) {
        var k, v;
        for (k in received) {
          v = received[k];
          if (defaults[k] !== void 0) {
            onto[k] = v;
          }
        }
        return onto;
      };
      var parser = {
        load,
        overwrite
      };
      var DLList;
      DLList = class DLList {
        constructor(incr, decr) {
          this.incr = incr;
          this.decr = decr;
          this._first = null;
          this._last = null;
          this.length = 0;
        }
        push(value) {
          var node;
          this.length++;
          if (typeof this.incr === "function") {
            this.incr();
          }
          node = {
            value,
            prev: this._last,
            next: null
          };
          if (this._last != null) {
            this._last.next = node;
            this._last = node;
          } else {
            this._first = this._last = node;
          }
          return void 0;
        }
        shift() {
          var value;
          if (this._first == null) {
            return;
          } else {
            this.length--;
            if (typeof this.decr === "function") {
              this.decr();
            }
          }
          value = this._first.value;
          if ((this._first = this._first.next) != null) {
            this._first.prev = null;
          } else {
            this._last = null;
          }
          return value;
        }
        first() {
          if (this._first != null) {
            return this._first.value;
          }
        }
        getArray() {
          var node, ref2, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref2 = node, node = node.next, ref2.value));
          }
          return results;
        }
        forEachShift(cb) {
          var node;
          node = this.shift();
          while (node != null) {
            cb(node), node = this.shift();
          }
          return void 0;
        }
        debug() {
          var node, ref2, ref1, ref22, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref2 = node, node = node.next, {
              value: ref2.value,
              prev: (ref1 = ref2.prev) != null ? ref1.value : void 0,
              next: (ref22 = ref2.next) != null ? ref22.value : void 0
            }));
          }
          return results;
        }
      };
      var DLList_1 = DLList;
      var Events;
      Events = class Events {
        constructor(instance) {
          this.instance = instance;
          this._events = {};
          if (this.instance.on != null || this.instance.once != null || this.instance.removeAllListeners != null) {
            throw new Error("An Emitter already exists for this object");
          }
          this.instance.on = (name, cb) => {
            return this._addListener(name, "many", cb);
          };
          this.instance.once = (name, cb) => {
            return this._addListener(name, "once", cb);
          };
          this.instance.removeAllListeners = (name = null) => {
            if (name != null) {
              return delete this._events[name];
            } else {
              return this._events = {};
            }
          };
        }
        _addListener(name, status, cb) {
          var base;
          if ((base = this._events)[name] == null) {
            base[name] = [];
          }
          this._events[name].push({ cb, status });
          return this.instance;
        }
        listenerCount(name) {
          if (this._events[name] != null) {
            return this._events[name].length;
          } else {
            return 0;
          }
        }
        async trigger(name, ...args) {
          var e, promises;
          try {
            if (name !== "debug") {
              this.trigger("debug", `Event triggered: ${name}`, args);
            }
            if (this._events[name] == null) {
              return;
            }
            this._events[name] = this._events[name].filter(function(listener) {
              return listener.status !== "none";
            });
            promises = this._events[name].map(async (listener) => {
              var e2, returned;
              if (listener.status === "none") {
                return;
              }
              if (listener.status === "once") {
                listener.status = "none";
              }
              try {
                returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
                if (typeof (returned != null ? returned.then : void 0) === "function") {
                  return await returned;
                } else {
                  return returned;
                }
              } catch (error) {
                e2 = error;
                {
                  this.trigger("error", e2);
                }
                return null;
              }
            });
            return (await Promise.all(promises)).find(function(x) {
              return x != null;
            });
          } catch (error) {
            e = error;
            {
              this.trigger("error", e);
            }
            return null;
          }
        }
      };
      var Events_1 = Events;
      var DLList$1, Events$1, Queues;
      DLList$1 = DLList_1;
      Events$1 = Events_1;
      Queues = class Queues {
        constructor(num_priorities) {
          var i;
          this.Events = new Events$1(this);
          this._length = 0;
          this._lists = (function() {
            var j, ref2, results;
            results = [];
            for (i = j = 1, ref2 = num_priorities; 1 <= ref2 ? j <= ref2 : j >= ref2; i = 1 <= ref2 ? ++j : --j) {
              results.push(new DLList$1((() => {
                return this.incr();
              }), (() => {
                return this.decr();
              })));
            }
            return results;
          }).call(this);
        }
        incr() {
          if (this._length++ === 0) {
            return this.Events.trigger("leftzero");
          }
        }
        decr() {
          if (--this._length === 0) {
            return this.Events.trigger("zero");
          }
        }
        push(job) {
          return this._lists[job.options.priority].push(job);
        }
        queued(priority) {
          if (priority != null) {
            return this._lists[priority].length;
          } else {
            return this._length;
          }
        }
        shiftAll(fn) {
          return this._lists.forEach(function(list) {
            return list.forEachShift(fn);
          });
        }
        getFirst(arr = this._lists) {
          var j, len, list;
          for (j = 0, len = arr.length; j < len; j++) {
            list = arr[j];
            if (list.length > 0) {
              return list;
            }
          }
          return [];
        }
        shiftLastFrom(priority) {
          return this.getFirst(this._lists.slice(priority).reverse()).shift();
        }
      };
      var Queues_1 = Queues;
      var BottleneckError;
      BottleneckError = class BottleneckError extends Error {
      };
      var BottleneckError_1 = BottleneckError;
      var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;
      NUM_PRIORITIES = 10;
      DEFAULT_PRIORITY = 5;
      parser$1 = parser;
      BottleneckError$1 = BottleneckError_1;
      Job = class Job {
        constructor(task, args, options, jobDefaults, rejectOnDrop, Events2, _states, Promise2) {
          this.task = task;
          this.args = args;
          this.rejectOnDrop = rejectOnDrop;
          this.Events = Events2;
          this._states = _states;
          this.Promise = Promise2;
          this.options = parser$1.load(options, jobDefaults);
          this.options.priority = this._sanitizePriority(this.options.priority);
          if (this.options.id === jobDefaults.id) {
            this.options.id = `${this.options.id}-${this._randomIndex()}`;
          }
          this.promise = new this.Promise((_resolve, _reject) => {
            this._resolve = _resolve;
            this._reject = _reject;
          });
          this.retryCount = 0;
        }
        _sanitizePriority(priority) {
          var sProperty;
          sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
          if (sProperty < 0) {
            return 0;
          } else if (sProperty > NUM_PRIORITIES - 1) {
            return NUM_PRIORITIES - 1;
          } else {
            return sProperty;
          }
        }
        _randomIndex() {
          return Math.random().toString(36).slice(2);
        }
        doDrop({ error, message = "This job has been dropped by Bottleneck" } = {}) {
          if (this._states.remove(this.options.id)) {
            if (this.rejectOnDrop) {
              this._reject(error != null ? error : new BottleneckError$1(message));
            }
            this.Events.trigger("dropped", { args: this.args, options: this.options, task: this.task, promise: this.promise });
            return true;
          } else {
            return false;
          }
        }
        _assertStatus(expected) {
          var status;
          status = this._states.jobStatus(this.options.id);
          if (!(status === expected || expected === "DONE" && status === null)) {
            throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
          }
        }
        doReceive() {
          this._states.start(this.options.id);
          return this.Events.trigger("received", { args: this.args, options: this.options });
        }
        doQueue(reachedHWM, blocked) {
          this._assertStatus("RECEIVED");
          this._states.next(this.options.id);
          return this.Events.trigger("queued", { args: this.args, options: this.options, reachedHWM, blocked });
        }
        doRun() {
          if (this.retryCount === 0) {
            this._assertStatus("QUEUED");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          return this.Events.trigger("scheduled", { args: this.args, options: this.options });
        }
        async doExecute(chained, clearGlobalState, run, free) {
          var error, eventInfo, passed;
          if (this.retryCount === 0) {
            this._assertStatus("RUNNING");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          this.Events.trigger("executing", eventInfo);
          try {
            passed = await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args));
            if (clearGlobalState()) {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._resolve(passed);
            }
          } catch (error1) {
            error = error1;
            return this._onFailure(error, eventInfo, clearGlobalState, run, free);
          }
        }
        doExpire(clearGlobalState, run, free) {
          var error, eventInfo;
          if (this._states.jobStatus(this.options.id === "RUNNING")) {
            this._states.next(this.options.id);
          }
          this._assertStatus("EXECUTING");
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
          return this._onFailure(error, eventInfo, clearGlobalState, run, free);
        }
        async _onFailure(error, eventInfo, clearGlobalState, run, free) {
          var retry2, retryAfter;
          if (clearGlobalState()) {
            retry2 = await this.Events.trigger("failed", error, eventInfo);
            if (retry2 != null) {
              retryAfter = ~~retry2;
              this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
              this.retryCount++;
              return run(retryAfter);
            } else {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._reject(error);
            }
          }
        }
        doDone(eventInfo) {
          this._assertStatus("EXECUTING");
          this._states.next(this.options.id);
          return this.Events.trigger("done", eventInfo);
        }
      };
      var Job_1 = Job;
      var BottleneckError$2, LocalDatastore, parser$2;
      parser$2 = parser;
      BottleneckError$2 = BottleneckError_1;
      LocalDatastore = class LocalDatastore {
        constructor(instance, storeOptions, storeInstanceOptions) {
          this.instance = instance;
          this.storeOptions = storeOptions;
          this.clientId = this.instance._randomIndex();
          parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
          this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
          this._running = 0;
          this._done = 0;
          this._unblockTime = 0;
          this.ready = this.Promise.resolve();
          this.clients = {};
          this._startHeartbeat();
        }
        _startHeartbeat() {
          var base;
          if (this.heartbeat == null && (this.storeOptions.reservoirRefreshInterval != null && this.storeOptions.reservoirRefreshAmount != null || this.storeOptions.reservoirIncreaseInterval != null && this.storeOptions.reservoirIncreaseAmount != null)) {
            return typeof (base = this.heartbeat = setInterval(() => {
              var amount, incr, maximum, now, reservoir;
              now = Date.now();
              if (this.storeOptions.reservoirRefreshInterval != null && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
                this._lastReservoirRefresh = now;
                this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
                this.instance._drainAll(this.computeCapacity());
              }
              if (this.storeOptions.reservoirIncreaseInterval != null && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
                ({
                  reservoirIncreaseAmount: amount,
                  reservoirIncreaseMaximum: maximum,
                  reservoir
                } = this.storeOptions);
                this._lastReservoirIncrease = now;
                incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
                if (incr > 0) {
                  this.storeOptions.reservoir += incr;
                  return this.instance._drainAll(this.computeCapacity());
                }
              }
            }, this.heartbeatInterval)).unref === "function" ? base.unref() : void 0;
          } else {
            return clearInterval(this.heartbeat);
          }
        }
        async __publish__(message) {
          await this.yieldLoop();
          return this.instance.Events.trigger("message", message.toString());
        }
        async __disconnect__(flush) {
          await this.yieldLoop();
          clearInterval(this.heartbeat);
          return this.Promise.resolve();
        }
        yieldLoop(t = 0) {
          return new this.Promise(function(resolve, reject) {
            return setTimeout(resolve, t);
          });
        }
        computePenalty() {
          var ref2;
          return (ref2 = this.storeOptions.penalty) != null ? ref2 : 15 * this.storeOptions.minTime || 5e3;
        }
        async __updateSettings__(options) {
          await this.yieldLoop();
          parser$2.overwrite(options, options, this.storeOptions);
          this._startHeartbeat();
          this.instance._drainAll(this.computeCapacity());
          return true;
        }
        async __running__() {
          await this.yieldLoop();
          return this._running;
        }
        async __queued__() {
          await this.yieldLoop();
          return this.instance.queued();
        }
        async __done__() {
          await this.yieldLoop();
          return this._done;
        }
        async __groupCheck__(time) {
          await this.yieldLoop();
          return this._nextRequest + this.timeout < time;
        }
        computeCapacity() {
          var maxConcurrent, reservoir;
          ({ maxConcurrent, reservoir } = this.storeOptions);
          if (maxConcurrent != null && reservoir != null) {
            return Math.min(maxConcurrent - this._running, reservoir);
          } else if (maxConcurrent != null) {
            return maxConcurrent - this._running;
          } else if (reservoir != null) {
            return reservoir;
          } else {
            return null;
          }
        }
        conditionsCheck(weight) {
          var capacity;
          capacity = this.computeCapacity();
          return capacity == null || weight <= capacity;
        }
        async __incrementReservoir__(incr) {
          var reservoir;
          await this.yieldLoop();
          reservoir = this.storeOptions.reservoir += incr;
          this.instance._drainAll(this.computeCapacity());
          return reservoir;
        }
        async __currentReservoir__() {
          await this.yieldLoop();
          return this.storeOptions.reservoir;
        }
        isBlocked(now) {
          return this._unblockTime >= now;
        }
        check(weight, now) {
          return this.conditionsCheck(weight) && this._nextRequest - now <= 0;
        }
        async __check__(weight) {
          var now;
          await this.yieldLoop();
          now = Date.now();
          return this.check(weight, now);
        }
        async __register__(index, weight, expiration) {
          var now, wait;
          await this.yieldLoop();
          now = Date.now();
          if (this.conditionsCheck(weight)) {
            this._running += weight;
            if (this.storeOptions.reservoir != null) {
              this.storeOptions.reservoir -= weight;
            }
            wait = Math.max(this._nextRequest - now, 0);
            this._nextRequest = now + wait + this.storeOptions.minTime;
            return {
              success: true,
              wait,
              reservoir: this.storeOptions.reservoir
            };
          } else {
            return {
              success: false
            };
          }
        }
        strategyIsBlock() {
          return this.storeOptions.strategy === 3;
        }
        async __submit__(queueLength, weight) {
          var blocked, now, reachedHWM;
          await this.yieldLoop();
          if (this.storeOptions.maxConcurrent != null && weight > this.storeOptions.maxConcurrent) {
            throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
          }
          now = Date.now();
          reachedHWM = this.storeOptions.highWater != null && queueLength === this.storeOptions.highWater && !this.check(weight, now);
          blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
          if (blocked) {
            this._unblockTime = now + this.computePenalty();
            this._nextRequest = this._unblockTime + this.storeOptions.minTime;
            this.instance._dropAllQueued();
          }
          return {
            reachedHWM,
            blocked,
            strategy: this.storeOptions.strategy
          };
        }
        async __free__(index, weight) {
          await this.yieldLoop();
          this._running -= weight;
          this._done += weight;
          this.instance._drainAll(this.computeCapacity());
          return {
            running: this._running
          };
        }
      };
      var LocalDatastore_1 = LocalDatastore;
      var BottleneckError$3, States;
      BottleneckError$3 = BottleneckError_1;
      States = class States {
        constructor(status1) {
          this.status = status1;
          this._jobs = {};
          this.counts = this.status.map(function() {
            return 0;
          });
        }
        next(id) {
          var current, next;
          current = this._jobs[id];
          next = current + 1;
          if (current != null && next < this.status.length) {
            this.counts[current]--;
            this.counts[next]++;
            return this._jobs[id]++;
          } else if (current != null) {
            this.counts[current]--;
            return delete this._jobs[id];
          }
        }
        start(id) {
          var initial;
          initial = 0;
          this._jobs[id] = initial;
          return this.counts[initial]++;
        }
        remove(id) {
          var current;
          current = this._jobs[id];
          if (current != null) {
            this.counts[current]--;
            delete this._jobs[id];
          }
          return current != null;
        }
        jobStatus(id) {
          var ref2;
          return (ref2 = this.status[this._jobs[id]]) != null ? ref2 : null;
        }
        statusJobs(status) {
          var k, pos, ref2, results, v;
          if (status != null) {
            pos = this.status.indexOf(status);
            if (pos < 0) {
              throw new BottleneckError$3(`status must be one of ${this.status.join(", ")}`);
            }
            ref2 = this._jobs;
            results = [];
            for (k in ref2) {
              v = ref2[k];
              if (v === pos) {
                results.push(k);
              }
            }
            return results;
          } else {
            return Object.keys(this._jobs);
          }
        }
        statusCounts() {
          return this.counts.reduce(((acc, v, i) => {
            acc[this.status[i]] = v;
            return acc;
          }), {});
        }
      };
      var States_1 = States;
      var DLList$2, Sync;
      DLList$2 = DLList_1;
      Sync = class Sync {
        constructor(name, Promise2) {
          this.schedule = this.schedule.bind(this);
          this.name = name;
          this.Promise = Promise2;
          this._running = 0;
          this._queue = new DLList$2();
        }
        isEmpty() {
          return this._queue.length === 0;
        }
        async _tryToRun() {
          var args, cb, error, reject, resolve, returned, task;
          if (this._running < 1 && this._queue.length > 0) {
            this._running++;
            ({ task, args, resolve, reject } = this._queue.shift());
            cb = await (async function() {
              try {
                returned = await task(...args);
                return function() {
                  return resolve(returned);
                };
              } catch (error1) {
                error = error1;
                return function() {
                  return reject(error);
                };
              }
            })();
            this._running--;
            this._tryToRun();
            return cb();
          }
        }
        schedule(task, ...args) {
          var promise, reject, resolve;
          resolve = reject = null;
          promise = new this.Promise(function(_resolve, _reject) {
            resolve = _resolve;
            return reject = _reject;
          });
          this._queue.push({ task, args, resolve, reject });
          this._tryToRun();
          return promise;
        }
      };
      var Sync_1 = Sync;
      var version = "2.19.5";
      var version$1 = {
        version
      };
      var version$2 = /* @__PURE__ */ Object.freeze({
        version,
        default: version$1
      });
      var require$$2 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$3 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$4 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;
      parser$3 = parser;
      Events$2 = Events_1;
      RedisConnection$1 = require$$2;
      IORedisConnection$1 = require$$3;
      Scripts$1 = require$$4;
      Group = (function() {
        class Group2 {
          constructor(limiterOptions = {}) {
            this.deleteKey = this.deleteKey.bind(this);
            this.limiterOptions = limiterOptions;
            parser$3.load(this.limiterOptions, this.defaults, this);
            this.Events = new Events$2(this);
            this.instances = {};
            this.Bottleneck = Bottleneck_1;
            this._startAutoCleanup();
            this.sharedConnection = this.connection != null;
            if (this.connection == null) {
              if (this.limiterOptions.datastore === "redis") {
                this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              } else if (this.limiterOptions.datastore === "ioredis") {
                this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              }
            }
          }
          key(key = "") {
            var ref2;
            return (ref2 = this.instances[key]) != null ? ref2 : (() => {
              var limiter;
              limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
                id: `${this.id}-${key}`,
                timeout: this.timeout,
                connection: this.connection
              }));
              this.Events.trigger("created", limiter, key);
              return limiter;
            })();
          }
          async deleteKey(key = "") {
            var deleted, instance;
            instance = this.instances[key];
            if (this.connection) {
              deleted = await this.connection.__runCommand__(["del", ...Scripts$1.allKeys(`${this.id}-${key}`)]);
            }
            if (instance != null) {
              delete this.instances[key];
              await instance.disconnect();
            }
            return instance != null || deleted > 0;
          }
          limiters() {
            var k, ref2, results, v;
            ref2 = this.instances;
            results = [];
            for (k in ref2) {
              v = ref2[k];
              results.push({
                key: k,
                limiter: v
              });
            }
            return results;
          }
          keys() {
            return Object.keys(this.instances);
          }
          async clusterKeys() {
            var cursor, end, found, i, k, keys, len, next, start;
            if (this.connection == null) {
              return this.Promise.resolve(this.keys());
            }
            keys = [];
            cursor = null;
            start = `b_${this.id}-`.length;
            end = "_settings".length;
            while (cursor !== 0) {
              [next, found] = await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 1e4]);
              cursor = ~~next;
              for (i = 0, len = found.length; i < len; i++) {
                k = found[i];
                keys.push(k.slice(start, -end));
              }
            }
            return keys;
          }
          _startAutoCleanup() {
            var base;
            clearInterval(this.interval);
            return typeof (base = this.interval = setInterval(async () => {
              var e, k, ref2, results, time, v;
              time = Date.now();
              ref2 = this.instances;
              results = [];
              for (k in ref2) {
                v = ref2[k];
                try {
                  if (await v._store.__groupCheck__(time)) {
                    results.push(this.deleteKey(k));
                  } else {
                    results.push(void 0);
                  }
                } catch (error) {
                  e = error;
                  results.push(v.Events.trigger("error", e));
                }
              }
              return results;
            }, this.timeout / 2)).unref === "function" ? base.unref() : void 0;
          }
          updateSettings(options = {}) {
            parser$3.overwrite(options, this.defaults, this);
            parser$3.overwrite(options, options, this.limiterOptions);
            if (options.timeout != null) {
              return this._startAutoCleanup();
            }
          }
          disconnect(flush = true) {
            var ref2;
            if (!this.sharedConnection) {
              return (ref2 = this.connection) != null ? ref2.disconnect(flush) : void 0;
            }
          }
        }
        Group2.prototype.defaults = {
          timeout: 1e3 * 60 * 5,
          connection: null,
          Promise,
          id: "group-key"
        };
        return Group2;
      }).call(commonjsGlobal);
      var Group_1 = Group;
      var Batcher, Events$3, parser$4;
      parser$4 = parser;
      Events$3 = Events_1;
      Batcher = (function() {
        class Batcher2 {
          constructor(options = {}) {
            this.options = options;
            parser$4.load(this.options, this.defaults, this);
            this.Events = new Events$3(this);
            this._arr = [];
            this._resetPromise();
            this._lastFlush = Date.now();
          }
          _resetPromise() {
            return this._promise = new this.Promise((res, rej) => {
              return this._resolve = res;
            });
          }
          _flush() {
            clearTimeout(this._timeout);
            this._lastFlush = Date.now();
            this._resolve();
            this.Events.trigger("batch", this._arr);
            this._arr = [];
            return this._resetPromise();
          }
          add(data) {
            var ret;
            this._arr.push(data);
            ret = this._promise;
            if (this._arr.length === this.maxSize) {
              this._flush();
            } else if (this.maxTime != null && this._arr.length === 1) {
              this._timeout = setTimeout(() => {
                return this._flush();
              }, this.maxTime);
            }
            return ret;
          }
        }
        Batcher2.prototype.defaults = {
          maxTime: null,
          maxSize: null,
          Promise
        };
        return Batcher2;
      }).call(commonjsGlobal);
      var Batcher_1 = Batcher;
      var require$$4$1 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$8 = getCjsExportFromNamespace(version$2);
      var Bottleneck2, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5, splice = [].splice;
      NUM_PRIORITIES$1 = 10;
      DEFAULT_PRIORITY$1 = 5;
      parser$5 = parser;
      Queues$1 = Queues_1;
      Job$1 = Job_1;
      LocalDatastore$1 = LocalDatastore_1;
      RedisDatastore$1 = require$$4$1;
      Events$4 = Events_1;
      States$1 = States_1;
      Sync$1 = Sync_1;
      Bottleneck2 = (function() {
        class Bottleneck3 {
          constructor(options = {}, ...invalid) {
            var storeInstanceOptions, storeOptions;
            this._addToQueue = this._addToQueue.bind(this);
            this._validateOptions(options, invalid);
            parser$5.load(options, this.instanceDefaults, this);
            this._queues = new Queues$1(NUM_PRIORITIES$1);
            this._scheduled = {};
            this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
            this._limiter = null;
            this.Events = new Events$4(this);
            this._submitLock = new Sync$1("submit", this.Promise);
            this._registerLock = new Sync$1("register", this.Promise);
            storeOptions = parser$5.load(options, this.storeDefaults, {});
            this._store = (function() {
              if (this.datastore === "redis" || this.datastore === "ioredis" || this.connection != null) {
                storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
                return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
              } else if (this.datastore === "local") {
                storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
                return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
              } else {
                throw new Bottleneck3.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
              }
            }).call(this);
            this._queues.on("leftzero", () => {
              var ref2;
              return (ref2 = this._store.heartbeat) != null ? typeof ref2.ref === "function" ? ref2.ref() : void 0 : void 0;
            });
            this._queues.on("zero", () => {
              var ref2;
              return (ref2 = this._store.heartbeat) != null ? typeof ref2.unref === "function" ? ref2.unref() : void 0 : void 0;
            });
          }
          _validateOptions(options, invalid) {
            if (!(options != null && typeof options === "object" && invalid.length === 0)) {
              throw new Bottleneck3.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
            }
          }
          ready() {
            return this._store.ready;
          }
          clients() {
            return this._store.clients;
          }
          channel() {
            return `b_${this.id}`;
          }
          channel_client() {
            return `b_${this.id}_${this._store.clientId}`;
          }
          publish(message) {
            return this._store.__publish__(message);
          }
          disconnect(flush = true) {
            return this._store.__disconnect__(flush);
          }
          chain(_limiter) {
            this._limiter = _limiter;
            return this;
          }
          queued(priority) {
            return this._queues.queued(priority);
          }
          clusterQueued() {
            return this._store.__queued__();
          }
          empty() {
            return this.queued() === 0 && this._submitLock.isEmpty();
          }
          running() {
            return this._store.__running__();
          }
          done() {
            return this._store.__done__();
          }
          jobStatus(id) {
            return this._states.jobStatus(id);
          }
          jobs(status) {
            return this._states.statusJobs(status);
          }
          counts() {
            return this._states.statusCounts();
          }
          _randomIndex() {
            return Math.random().toString(36).slice(2);
          }
          check(weight = 1) {
            return this._store.__check__(weight);
          }
          _clearGlobalState(index) {
            if (this._scheduled[index] != null) {
              clearTimeout(this._scheduled[index].expiration);
              delete this._scheduled[index];
              return true;
            } else {
              return false;
            }
          }
          async _free(index, job, options, eventInfo) {
            var e, running;
            try {
              ({ running } = await this._store.__free__(index, options.weight));
              this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
              if (running === 0 && this.empty()) {
                return this.Events.trigger("idle");
              }
            } catch (error1) {
              e = error1;
              return this.Events.trigger("error", e);
            }
          }
          _run(index, job, wait) {
            var clearGlobalState, free, run;
            job.doRun();
            clearGlobalState = this._clearGlobalState.bind(this, index);
            run = this._run.bind(this, index, job);
            free = this._free.bind(this, index, job);
            return this._scheduled[index] = {
              timeout: setTimeout(() => {
                return job.doExecute(this._limiter, clearGlobalState, run, free);
              }, wait),
              expiration: job.options.expiration != null ? setTimeout(function() {
                return job.doExpire(clearGlobalState, run, free);
              }, wait + job.options.expiration) : void 0,
              job
            };
          }
          _drainOne(capacity) {
            return this._registerLock.schedule(() => {
              var args, index, next, options, queue;
              if (this.queued() === 0) {
                return this.Promise.resolve(null);
              }
              queue = this._queues.getFirst();
              ({ options, args } = next = queue.first());
              if (capacity != null && options.weight > capacity) {
                return this.Promise.resolve(null);
              }
              this.Events.trigger("debug", `Draining ${options.id}`, { args, options });
              index = this._randomIndex();
              return this._store.__register__(index, options.weight, options.expiration).then(({ success, wait, reservoir }) => {
                var empty;
                this.Events.trigger("debug", `Drained ${options.id}`, { success, args, options });
                if (success) {
                  queue.shift();
                  empty = this.empty();
                  if (empty) {
                    this.Events.trigger("empty");
                  }
                  if (reservoir === 0) {
                    this.Events.trigger("depleted", empty);
                  }
                  this._run(index, next, wait);
                  return this.Promise.resolve(options.weight);
                } else {
                  return this.Promise.resolve(null);
                }
              });
            });
          }
          _drainAll(capacity, total = 0) {
            return this._drainOne(capacity).then((drained) => {
              var newCapacity;
              if (drained != null) {
                newCapacity = capacity != null ? capacity - drained : capacity;
                return this._drainAll(newCapacity, total + drained);
              } else {
                return this.Promise.resolve(total);
              }
            }).catch((e) => {
              return this.Events.trigger("error", e);
            });
          }
          _dropAllQueued(message) {
            return this._queues.shiftAll(function(job) {
              return job.doDrop({ message });
            });
          }
          stop(options = {}) {
            var done, waitForExecuting;
            options = parser$5.load(options, this.stopDefaults);
            waitForExecuting = (at) => {
              var finished;
              finished = () => {
                var counts;
                counts = this._states.counts;
                return counts[0] + counts[1] + counts[2] + counts[3] === at;
              };
              return new this.Promise((resolve, reject) => {
                if (finished()) {
                  return resolve();
                } else {
                  return this.on("done", () => {
                    if (finished()) {
                      this.removeAllListeners("done");
                      return resolve();
                    }
                  });
                }
              });
            };
            done = options.dropWaitingJobs ? (this._run = function(index, next) {
              return next.doDrop({
                message: options.dropErrorMessage
              });
            }, this._drainOne = () => {
              return this.Promise.resolve(null);
            }, this._registerLock.schedule(() => {
              return this._submitLock.schedule(() => {
                var k, ref2, v;
                ref2 = this._scheduled;
                for (k in ref2) {
                  v = ref2[k];
                  if (this.jobStatus(v.job.options.id) === "RUNNING") {
                    clearTimeout(v.timeout);
                    clearTimeout(v.expiration);
                    v.job.doDrop({
                      message: options.dropErrorMessage
                    });
                  }
                }
                this._dropAllQueued(options.dropErrorMessage);
                return waitForExecuting(0);
              });
            })) : this.schedule({
              priority: NUM_PRIORITIES$1 - 1,
              weight: 0
            }, () => {
              return waitForExecuting(1);
            });
            this._receive = function(job) {
              return job._reject(new Bottleneck3.prototype.BottleneckError(options.enqueueErrorMessage));
            };
            this.stop = () => {
              return this.Promise.reject(new Bottleneck3.prototype.BottleneckError("stop() has already been called"));
            };
            return done;
          }
          async _addToQueue(job) {
            var args, blocked, error, options, reachedHWM, shifted, strategy;
            ({ args, options } = job);
            try {
              ({ reachedHWM, blocked, strategy } = await this._store.__submit__(this.queued(), options.weight));
            } catch (error1) {
              error = error1;
              this.Events.trigger("debug", `Could not queue ${options.id}`, { args, options, error });
              job.doDrop({ error });
              return false;
            }
            if (blocked) {
              job.doDrop();
              return true;
            } else if (reachedHWM) {
              shifted = strategy === Bottleneck3.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck3.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck3.prototype.strategy.OVERFLOW ? job : void 0;
              if (shifted != null) {
                shifted.doDrop();
              }
              if (shifted == null || strategy === Bottleneck3.prototype.strategy.OVERFLOW) {
                if (shifted == null) {
                  job.doDrop();
                }
                return reachedHWM;
              }
            }
            job.doQueue(reachedHWM, blocked);
            this._queues.push(job);
            await this._drainAll();
            return reachedHWM;
          }
          _receive(job) {
            if (this._states.jobStatus(job.options.id) != null) {
              job._reject(new Bottleneck3.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
              return false;
            } else {
              job.doReceive();
              return this._submitLock.schedule(this._addToQueue, job);
            }
          }
          submit(...args) {
            var cb, fn, job, options, ref2, ref1, task;
            if (typeof args[0] === "function") {
              ref2 = args, [fn, ...args] = ref2, [cb] = splice.call(args, -1);
              options = parser$5.load({}, this.jobDefaults);
            } else {
              ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
              options = parser$5.load(options, this.jobDefaults);
            }
            task = (...args2) => {
              return new this.Promise(function(resolve, reject) {
                return fn(...args2, function(...args3) {
                  return (args3[0] != null ? reject : resolve)(args3);
                });
              });
            };
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            job.promise.then(function(args2) {
              return typeof cb === "function" ? cb(...args2) : void 0;
            }).catch(function(args2) {
              if (Array.isArray(args2)) {
                return typeof cb === "function" ? cb(...args2) : void 0;
              } else {
                return typeof cb === "function" ? cb(args2) : void 0;
              }
            });
            return this._receive(job);
          }
          schedule(...args) {
            var job, options, task;
            if (typeof args[0] === "function") {
              [task, ...args] = args;
              options = {};
            } else {
              [options, task, ...args] = args;
            }
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            this._receive(job);
            return job.promise;
          }
          wrap(fn) {
            var schedule, wrapped;
            schedule = this.schedule.bind(this);
            wrapped = function(...args) {
              return schedule(fn.bind(this), ...args);
            };
            wrapped.withOptions = function(options, ...args) {
              return schedule(options, fn, ...args);
            };
            return wrapped;
          }
          async updateSettings(options = {}) {
            await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
            parser$5.overwrite(options, this.instanceDefaults, this);
            return this;
          }
          currentReservoir() {
            return this._store.__currentReservoir__();
          }
          incrementReservoir(incr = 0) {
            return this._store.__incrementReservoir__(incr);
          }
        }
        Bottleneck3.default = Bottleneck3;
        Bottleneck3.Events = Events$4;
        Bottleneck3.version = Bottleneck3.prototype.version = require$$8.version;
        Bottleneck3.strategy = Bottleneck3.prototype.strategy = {
          LEAK: 1,
          OVERFLOW: 2,
          OVERFLOW_PRIORITY: 4,
          BLOCK: 3
        };
        Bottleneck3.BottleneckError = Bottleneck3.prototype.BottleneckError = BottleneckError_1;
        Bottleneck3.Group = Bottleneck3.prototype.Group = Group_1;
        Bottleneck3.RedisConnection = Bottleneck3.prototype.RedisConnection = require$$2;
        Bottleneck3.IORedisConnection = Bottleneck3.prototype.IORedisConnection = require$$3;
        Bottleneck3.Batcher = Bottleneck3.prototype.Batcher = Batcher_1;
        Bottleneck3.prototype.jobDefaults = {
          priority: DEFAULT_PRIORITY$1,
          weight: 1,
          expiration: null,
          id: "<no-id>"
        };
        Bottleneck3.prototype.storeDefaults = {
          maxConcurrent: null,
          minTime: 0,
          highWater: null,
          strategy: Bottleneck3.prototype.strategy.LEAK,
          penalty: null,
          reservoir: null,
          reservoirRefreshInterval: null,
          reservoirRefreshAmount: null,
          reservoirIncreaseInterval: null,
          reservoirIncreaseAmount: null,
          reservoirIncreaseMaximum: null
        };
        Bottleneck3.prototype.localStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 250
        };
        Bottleneck3.prototype.redisStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 5e3,
          clientTimeout: 1e4,
          Redis: null,
          clientOptions: {},
          clusterNodes: null,
          clearDatastore: false,
          connection: null
        };
        Bottleneck3.prototype.instanceDefaults = {
          datastore: "local",
          connection: null,
          id: "<no-id>",
          rejectOnDrop: true,
          trackDoneStatus: false,
          Promise
        };
        Bottleneck3.prototype.stopDefaults = {
          enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
          dropWaitingJobs: true,
          dropErrorMessage: "This limiter has been stopped."
        };
        return Bottleneck3;
      }).call(commonjsGlobal);
      var Bottleneck_1 = Bottleneck2;
      var lib = Bottleneck_1;
      return lib;
    }));
  }
});

// node_modules/@renovatebot/pep440/lib/version.js
var require_version = __commonJS({
  "node_modules/@renovatebot/pep440/lib/version.js"(exports, module) {
    var VERSION_PATTERN = [
      "v?",
      "(?:",
      /* */
      "(?:(?<epoch>[0-9]+)!)?",
      // epoch
      /* */
      "(?<release>[0-9]+(?:\\.[0-9]+)*)",
      // release segment
      /* */
      "(?<pre>",
      // pre-release
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<pre_l>(a|b|c|rc|alpha|beta|pre|preview))",
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<pre_n>[0-9]+)?",
      /* */
      ")?",
      /* */
      "(?<post>",
      // post release
      /*    */
      "(?:-(?<post_n1>[0-9]+))",
      /*    */
      "|",
      /*    */
      "(?:",
      /*        */
      "[-_\\.]?",
      /*        */
      "(?<post_l>post|rev|r)",
      /*        */
      "[-_\\.]?",
      /*        */
      "(?<post_n2>[0-9]+)?",
      /*    */
      ")",
      /* */
      ")?",
      /* */
      "(?<dev>",
      // dev release
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<dev_l>dev)",
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<dev_n>[0-9]+)?",
      /* */
      ")?",
      ")",
      "(?:\\+(?<local>[a-z0-9]+(?:[-_\\.][a-z0-9]+)*))?"
      // local version
    ].join("");
    module.exports = {
      VERSION_PATTERN,
      valid: valid4,
      clean,
      explain,
      parse: parse3,
      stringify
    };
    var validRegex = new RegExp("^" + VERSION_PATTERN + "$", "i");
    function valid4(version) {
      return validRegex.test(version) ? version : null;
    }
    var cleanRegex = new RegExp("^\\s*" + VERSION_PATTERN + "\\s*$", "i");
    function clean(version) {
      return stringify(parse3(version, cleanRegex));
    }
    function parse3(version, regex2) {
      const { groups: groups2 } = (regex2 || validRegex).exec(version) || {};
      if (!groups2) {
        return null;
      }
      const parsed = {
        epoch: Number(groups2.epoch ? groups2.epoch : 0),
        release: groups2.release.split(".").map(Number),
        pre: normalize_letter_version(groups2.pre_l, groups2.pre_n),
        post: normalize_letter_version(
          groups2.post_l,
          groups2.post_n1 || groups2.post_n2
        ),
        dev: normalize_letter_version(groups2.dev_l, groups2.dev_n),
        local: parse_local_version(groups2.local)
      };
      return parsed;
    }
    function stringify(parsed) {
      if (!parsed) {
        return null;
      }
      const { epoch, release, pre, post, dev, local } = parsed;
      const parts = [];
      if (epoch !== 0) {
        parts.push(`${epoch}!`);
      }
      parts.push(release.join("."));
      if (pre) {
        parts.push(pre.join(""));
      }
      if (post) {
        parts.push("." + post.join(""));
      }
      if (dev) {
        parts.push("." + dev.join(""));
      }
      if (local) {
        parts.push(`+${local}`);
      }
      return parts.join("");
    }
    function normalize_letter_version(letterIn, numberIn) {
      let letter = letterIn;
      let number = numberIn;
      if (letter) {
        if (!number) {
          number = 0;
        }
        letter = letter.toLowerCase();
        if (letter === "alpha") {
          letter = "a";
        } else if (letter === "beta") {
          letter = "b";
        } else if (["c", "pre", "preview"].includes(letter)) {
          letter = "rc";
        } else if (["rev", "r"].includes(letter)) {
          letter = "post";
        }
        return [letter, Number(number)];
      }
      if (!letter && number) {
        letter = "post";
        return [letter, Number(number)];
      }
      return null;
    }
    function parse_local_version(local) {
      if (local) {
        return local.split(/[._-]/).map(
          (part) => Number.isNaN(Number(part)) ? part.toLowerCase() : Number(part)
        );
      }
      return null;
    }
    function explain(version) {
      const parsed = parse3(version);
      if (!parsed) {
        return parsed;
      }
      const { epoch, release, pre, post, dev, local } = parsed;
      let base_version = "";
      if (epoch !== 0) {
        base_version += epoch + "!";
      }
      base_version += release.join(".");
      const is_prerelease = Boolean(dev || pre);
      const is_devrelease = Boolean(dev);
      const is_postrelease = Boolean(post);
      return {
        epoch,
        release,
        pre,
        post: post ? post[1] : post,
        dev: dev ? dev[1] : dev,
        local: local ? local.join(".") : local,
        public: stringify(parsed).split("+", 1)[0],
        base_version,
        is_prerelease,
        is_devrelease,
        is_postrelease
      };
    }
  }
});

// node_modules/@renovatebot/pep440/lib/operator.js
var require_operator = __commonJS({
  "node_modules/@renovatebot/pep440/lib/operator.js"(exports, module) {
    var { parse: parse3 } = require_version();
    module.exports = {
      compare,
      rcompare,
      lt,
      le,
      eq,
      ne,
      ge,
      gt: gt2,
      "<": lt,
      "<=": le,
      "==": eq,
      "!=": ne,
      ">=": ge,
      ">": gt2,
      "===": arbitrary
    };
    function lt(version, other) {
      return compare(version, other) < 0;
    }
    function le(version, other) {
      return compare(version, other) <= 0;
    }
    function eq(version, other) {
      return compare(version, other) === 0;
    }
    function ne(version, other) {
      return compare(version, other) !== 0;
    }
    function ge(version, other) {
      return compare(version, other) >= 0;
    }
    function gt2(version, other) {
      return compare(version, other) > 0;
    }
    function arbitrary(version, other) {
      return version.toLowerCase() === other.toLowerCase();
    }
    function compare(version, other) {
      const parsedVersion = parse3(version);
      const parsedOther = parse3(other);
      const keyVersion = calculateKey(parsedVersion);
      const keyOther = calculateKey(parsedOther);
      return pyCompare(keyVersion, keyOther);
    }
    function rcompare(version, other) {
      return -compare(version, other);
    }
    function pyCompare(elemIn, otherIn) {
      let elem = elemIn;
      let other = otherIn;
      if (elem === other) {
        return 0;
      }
      if (Array.isArray(elem) !== Array.isArray(other)) {
        elem = Array.isArray(elem) ? elem : [elem];
        other = Array.isArray(other) ? other : [other];
      }
      if (Array.isArray(elem)) {
        const len = Math.min(elem.length, other.length);
        for (let i = 0; i < len; i += 1) {
          const res = pyCompare(elem[i], other[i]);
          if (res !== 0) {
            return res;
          }
        }
        return elem.length - other.length;
      }
      if (elem === -Infinity || other === Infinity) {
        return -1;
      }
      if (elem === Infinity || other === -Infinity) {
        return 1;
      }
      return elem < other ? -1 : 1;
    }
    function calculateKey(input) {
      const { epoch } = input;
      let { release, pre, post, local, dev } = input;
      release = release.concat();
      release.reverse();
      while (release.length && release[0] === 0) {
        release.shift();
      }
      release.reverse();
      if (!pre && !post && dev) pre = -Infinity;
      else if (!pre) pre = Infinity;
      if (!post) post = -Infinity;
      if (!dev) dev = Infinity;
      if (!local) {
        local = -Infinity;
      } else {
        local = local.map(
          (i) => Number.isNaN(Number(i)) ? [-Infinity, i] : [Number(i), ""]
        );
      }
      return [epoch, release, pre, post, dev, local];
    }
  }
});

// node_modules/@renovatebot/pep440/lib/specifier.js
var require_specifier = __commonJS({
  "node_modules/@renovatebot/pep440/lib/specifier.js"(exports, module) {
    var { VERSION_PATTERN, explain: explainVersion } = require_version();
    var Operator = require_operator();
    var RANGE_PATTERN = [
      "(?<operator>(===|~=|==|!=|<=|>=|<|>))",
      "\\s*",
      "(",
      /*  */
      "(?<version>(?:" + VERSION_PATTERN.replace(/\?<\w+>/g, "?:") + "))",
      /*  */
      "(?<prefix>\\.\\*)?",
      /*  */
      "|",
      /*  */
      "(?<legacy>[^,;\\s)]+)",
      ")"
    ].join("");
    module.exports = {
      RANGE_PATTERN,
      parse: parse3,
      satisfies: satisfies3,
      filter,
      validRange,
      maxSatisfying,
      minSatisfying
    };
    var isEqualityOperator = (op) => ["==", "!=", "==="].includes(op);
    var rangeRegex = new RegExp("^" + RANGE_PATTERN + "$", "i");
    function parse3(ranges) {
      if (!ranges.trim()) {
        return [];
      }
      const specifiers = ranges.split(",").map((range) => rangeRegex.exec(range.trim()) || {}).map(({ groups: groups2 }) => {
        if (!groups2) {
          return null;
        }
        let { ...spec } = groups2;
        const { operator, version, prefix, legacy } = groups2;
        if (version) {
          spec = { ...spec, ...explainVersion(version) };
          if (operator === "~=") {
            if (spec.release.length < 2) {
              return null;
            }
          }
          if (!isEqualityOperator(operator) && spec.local) {
            return null;
          }
          if (prefix) {
            if (!isEqualityOperator(operator) || spec.dev || spec.local) {
              return null;
            }
          }
        }
        if (legacy && operator !== "===") {
          return null;
        }
        return spec;
      });
      if (specifiers.filter(Boolean).length !== specifiers.length) {
        return null;
      }
      return specifiers;
    }
    function filter(versions, specifier, options = {}) {
      const filtered = pick(versions, specifier, options);
      if (filtered.length === 0 && options.prereleases === void 0) {
        return pick(versions, specifier, { prereleases: true });
      }
      return filtered;
    }
    function maxSatisfying(versions, range, options) {
      const found = filter(versions, range, options).sort(Operator.compare);
      return found.length === 0 ? null : found[found.length - 1];
    }
    function minSatisfying(versions, range, options) {
      const found = filter(versions, range, options).sort(Operator.compare);
      return found.length === 0 ? null : found[0];
    }
    function pick(versions, specifier, options) {
      const parsed = parse3(specifier);
      if (!parsed) {
        return [];
      }
      return versions.filter((version) => {
        const explained = explainVersion(version);
        if (!parsed.length) {
          return explained && !(explained.is_prerelease && !options.prereleases);
        }
        return parsed.reduce((pass, spec) => {
          if (!pass) {
            return false;
          }
          return contains({ ...spec, ...options }, { version, explained });
        }, true);
      });
    }
    function satisfies3(version, specifier, options = {}) {
      const filtered = pick([version], specifier, options);
      return filtered.length === 1;
    }
    function arrayStartsWith(array, prefix) {
      if (prefix.length > array.length) {
        return false;
      }
      for (let i = 0; i < prefix.length; i += 1) {
        if (prefix[i] !== array[i]) {
          return false;
        }
      }
      return true;
    }
    function contains(specifier, input) {
      const { explained } = input;
      let { version } = input;
      const { ...spec } = specifier;
      if (spec.prereleases === void 0) {
        spec.prereleases = spec.is_prerelease;
      }
      if (explained && explained.is_prerelease && !spec.prereleases) {
        return false;
      }
      if (spec.operator === "~=") {
        let compatiblePrefix = spec.release.slice(0, -1).concat("*").join(".");
        if (spec.epoch) {
          compatiblePrefix = spec.epoch + "!" + compatiblePrefix;
        }
        return satisfies3(version, `>=${spec.version}, ==${compatiblePrefix}`, {
          prereleases: spec.prereleases
        });
      }
      if (spec.prefix) {
        const isMatching = explained.epoch === spec.epoch && arrayStartsWith(explained.release, spec.release);
        const isEquality = spec.operator !== "!=";
        return isEquality ? isMatching : !isMatching;
      }
      if (explained) {
        if (explained.local && spec.version) {
          version = explained.public;
          spec.version = explainVersion(spec.version).public;
        }
      }
      if (spec.operator === "<" || spec.operator === ">") {
        if (Operator.eq(spec.release.join("."), explained.release.join("."))) {
          return false;
        }
      }
      const op = Operator[spec.operator];
      return op(version, spec.version || spec.legacy);
    }
    function validRange(specifier) {
      return Boolean(parse3(specifier));
    }
  }
});

// node_modules/@renovatebot/pep440/lib/semantic.js
var require_semantic = __commonJS({
  "node_modules/@renovatebot/pep440/lib/semantic.js"(exports, module) {
    var { explain, parse: parse3, stringify } = require_version();
    module.exports = {
      major,
      minor,
      patch,
      inc
    };
    function major(input) {
      const version = explain(input);
      if (!version) {
        throw new TypeError("Invalid Version: " + input);
      }
      return version.release[0];
    }
    function minor(input) {
      const version = explain(input);
      if (!version) {
        throw new TypeError("Invalid Version: " + input);
      }
      if (version.release.length < 2) {
        return 0;
      }
      return version.release[1];
    }
    function patch(input) {
      const version = explain(input);
      if (!version) {
        throw new TypeError("Invalid Version: " + input);
      }
      if (version.release.length < 3) {
        return 0;
      }
      return version.release[2];
    }
    function inc(input, release, preReleaseIdentifier) {
      let identifier = preReleaseIdentifier || `a`;
      const version = parse3(input);
      if (!version) {
        return null;
      }
      if (!["a", "b", "c", "rc", "alpha", "beta", "pre", "preview"].includes(
        identifier
      )) {
        return null;
      }
      switch (release) {
        case "premajor":
          {
            const [majorVersion] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion + 1;
          }
          version.pre = [identifier, 0];
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "preminor":
          {
            const [majorVersion, minorVersion = 0] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion;
            version.release[1] = minorVersion + 1;
          }
          version.pre = [identifier, 0];
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "prepatch":
          {
            const [majorVersion, minorVersion = 0, patchVersion = 0] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion;
            version.release[1] = minorVersion;
            version.release[2] = patchVersion + 1;
          }
          version.pre = [identifier, 0];
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "prerelease":
          if (version.pre === null) {
            const [majorVersion, minorVersion = 0, patchVersion = 0] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion;
            version.release[1] = minorVersion;
            version.release[2] = patchVersion + 1;
            version.pre = [identifier, 0];
          } else {
            if (preReleaseIdentifier === void 0 && version.pre !== null) {
              [identifier] = version.pre;
            }
            const [letter, number] = version.pre;
            if (letter === identifier) {
              version.pre = [letter, number + 1];
            } else {
              version.pre = [identifier, 0];
            }
          }
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "major":
          if (version.release.slice(1).some((value) => value !== 0) || version.pre === null) {
            const [majorVersion] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion + 1;
          }
          delete version.pre;
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "minor":
          if (version.release.slice(2).some((value) => value !== 0) || version.pre === null) {
            const [majorVersion, minorVersion = 0] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion;
            version.release[1] = minorVersion + 1;
          }
          delete version.pre;
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "patch":
          if (version.release.slice(3).some((value) => value !== 0) || version.pre === null) {
            const [majorVersion, minorVersion = 0, patchVersion = 0] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion;
            version.release[1] = minorVersion;
            version.release[2] = patchVersion + 1;
          }
          delete version.pre;
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        default:
          return null;
      }
      return stringify(version);
    }
  }
});

// node_modules/@renovatebot/pep440/index.js
var require_pep440 = __commonJS({
  "node_modules/@renovatebot/pep440/index.js"(exports, module) {
    var { valid: valid4, clean, explain, parse: parse3 } = require_version();
    var { lt, le, eq, ne, ge, gt: gt2, compare, rcompare } = require_operator();
    var {
      filter,
      maxSatisfying,
      minSatisfying,
      RANGE_PATTERN,
      satisfies: satisfies3,
      validRange
    } = require_specifier();
    var { major, minor, patch, inc } = require_semantic();
    module.exports = {
      // version
      valid: valid4,
      clean,
      explain,
      parse: parse3,
      // operator
      lt,
      le,
      lte: le,
      eq,
      ne,
      neq: ne,
      ge,
      gte: ge,
      gt: gt2,
      compare,
      rcompare,
      // range
      filter,
      maxSatisfying,
      minSatisfying,
      RANGE_PATTERN,
      satisfies: satisfies3,
      validRange,
      // semantic
      major,
      minor,
      patch,
      inc
    };
  }
});

// src/action/main.ts
import { appendFileSync, readFileSync } from "node:fs";

// src/action/event.ts
var ANSWERED = {
  issues: ["opened", "edited", "reopened"],
  issue_comment: ["created", "edited"]
};
function isBot(user) {
  return user?.type === "Bot" || /\[bot\]$/.test(user?.login ?? "");
}
function subjectOf(eventName, payload, repository) {
  const actions = ANSWERED[eventName];
  if (!actions) return { skip: `the ${eventName} event is not one tracebook answers (issues, issue_comment)` };
  if (!actions.includes(payload.action ?? "")) return { skip: `${eventName}.${payload.action} is not answered` };
  const issue = payload.issue;
  if (!issue) return { skip: "the event carries no issue" };
  if (issue.pull_request) return { skip: "a pull request's conversation is not answered" };
  const author = eventName === "issue_comment" ? payload.comment?.user : issue.user;
  if (isBot(author) || isBot(payload.sender)) return { skip: `${isBot(author) ? author.login : payload.sender.login} is a bot` };
  const [owner, repo] = (payload.repository ? `${payload.repository.owner.login}/${payload.repository.name}` : repository).split("/");
  if (!owner || !repo) return { skip: "the repository is unknown (no payload.repository, no GITHUB_REPOSITORY)" };
  const comment = eventName === "issue_comment" ? payload.comment : void 0;
  return { owner, repo, issue, ...comment ? { comment: comment.id } : {}, text: (comment ? comment.body : issue.body) ?? "" };
}

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === "object" && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return "<environment undetectable>";
}

// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name2) => {
      return register.bind(null, state, name2, callback, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === "before") {
    hook2 = (method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    };
  }
  if (kind === "after") {
    hook2 = (method, options) => {
      let result;
      return Promise.resolve().then(method.bind(null, options)).then((result_) => {
        result = result_;
        return orig(result, options);
      }).then(() => {
        return result;
      });
    };
  }
  if (kind === "error") {
    hook2 = (method, options) => {
      return Promise.resolve().then(method.bind(null, options)).catch((error) => {
        return orig(error, options);
      });
    };
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name].splice(index, 1);
}

// node_modules/before-after-hook/index.js
var bind = Function.bind;
var bindable = bind.bind(bind);
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var before_after_hook_default = { Singular, Collection };

// node_modules/@octokit/endpoint/dist-bundle/index.js
var VERSION = "0.0.0-development";
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}
var endpoint = withDefaults(null, DEFAULTS);

// node_modules/content-type/dist/index.js
var SP = 32;
var HTAB = 9;
var SEMI = 59;
var EQ = 61;
var DQUOTE = 34;
var BSLASH = 92;
var COMMA = 44;
var LOWER_CASE = 1;
var OWS = 2;
var SEMI_FLAG = 4;
var COMMA_FLAG = 8;
var TOKEN_FLAG = 16;
var NON_ASCII = 65280;
var CASE_FLAGS = LOWER_CASE | NON_ASCII;
var CHAR_MAP = new Uint8Array(256);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 128; code <= 255; code++) {
  CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
  CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 48; code <= 57; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 65; code <= 90; code++) {
  CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 97; code <= 122; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
var NullObject = /* @__PURE__ */ (() => {
  const C = function() {
  };
  C.prototype = /* @__PURE__ */ Object.create(null);
  return C;
})();
function parse2(header, options) {
  const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
  const len = header.length;
  let valueStart = options?.start ?? 0;
  while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
    valueStart++;
  }
  let index = valueStart;
  let typeFlags = 0;
  let whitespace = -1;
  let stop = options?.parameters === false ? COMMA_FLAG : 0;
  while (index < len) {
    const code = header.charCodeAt(index);
    const flags = CHAR_MAP[code];
    if ((flags & stopFlags) !== 0) {
      stop |= flags & COMMA_FLAG;
      break;
    }
    if ((flags & OWS) !== 0) {
      if (whitespace === -1)
        whitespace = index;
    } else {
      whitespace = -1;
    }
    typeFlags |= code & NON_ASCII | flags;
    index++;
  }
  const valueEnd = whitespace === -1 ? index : whitespace;
  const value = header.slice(valueStart, valueEnd);
  const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
  if (index === len || stop !== 0) {
    return { type, index, parameters: new NullObject() };
  }
  return parseParameters(header, type, index, len, stopFlags);
}
function parseParameters(header, type, index, len, stopFlags) {
  const parameters = new NullObject();
  parameter: while (index < len) {
    index++;
    while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
      index++;
    }
    const keyStart = index;
    let keyFlags = 0;
    let keyWhitespace = -1;
    while (index < len) {
      const code = header.charCodeAt(index);
      const flags = CHAR_MAP[code];
      if ((flags & stopFlags) !== 0) {
        if ((flags & COMMA_FLAG) !== 0)
          break parameter;
        continue parameter;
      }
      if (code === EQ) {
        const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
        const value = header.slice(keyStart, keyEnd);
        const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
        index++;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
          index++;
        }
        if (index < len && header.charCodeAt(index) === DQUOTE) {
          const quotedStart = ++index;
          let escaped = false;
          while (index < len) {
            const code2 = header.charCodeAt(index);
            if (code2 === DQUOTE) {
              if (parameters[key] === void 0) {
                parameters[key] = escaped ? unescapeQuotedPairs(header, quotedStart, index) : header.slice(quotedStart, index);
              }
              index++;
              let stop2 = 0;
              while (index < len) {
                const code3 = header.charCodeAt(index);
                const flags2 = CHAR_MAP[code3];
                if ((flags2 & stopFlags) !== 0) {
                  stop2 = flags2 & COMMA_FLAG;
                  break;
                }
                index++;
              }
              if (stop2 !== 0)
                break parameter;
              continue parameter;
            }
            if (code2 === BSLASH && index + 1 < len) {
              escaped = true;
              index += 2;
              continue;
            }
            index++;
          }
          continue parameter;
        }
        const valueStart = index;
        let stop = 0;
        let valueWhitespace = -1;
        while (index < len) {
          const code2 = header.charCodeAt(index);
          const flags2 = CHAR_MAP[code2];
          if ((flags2 & stopFlags) !== 0) {
            stop = flags2 & COMMA_FLAG;
            break;
          }
          if ((flags2 & OWS) !== 0) {
            if (valueWhitespace === -1)
              valueWhitespace = index;
          } else {
            valueWhitespace = -1;
          }
          index++;
        }
        if (parameters[key] === void 0) {
          const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
          parameters[key] = header.slice(valueStart, valueEnd);
        }
        if (stop !== 0)
          break parameter;
        continue parameter;
      }
      if ((flags & OWS) !== 0) {
        if (keyWhitespace === -1)
          keyWhitespace = index;
      } else {
        keyWhitespace = -1;
      }
      keyFlags |= code & NON_ASCII | flags;
      index++;
    }
  }
  return { type, index, parameters };
}
function unescapeQuotedPairs(str, start, end) {
  let result = "";
  for (let index = start; index < end; index++) {
    if (str.charCodeAt(index) === BSLASH) {
      result += str.slice(start, index);
      start = ++index;
    }
  }
  return result + str.slice(start, end);
}

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex = /^-?\d+$/;
var noiseValue = /^-?\d+n+$/;
var originalStringify = JSON.stringify;
var originalParse = JSON.parse;
var customFormat = /^-?\d+n$/;
var bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
var noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
var isUnstringifiable = (val) => val === void 0 || typeof val === "function" || typeof val === "symbol";
var isRawJSON = (val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON";
var stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }
  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";
    if (hasToJSON) {
      val = val.toJSON(key);
    }
    const isNoise2 = typeof val === "string" && noiseValue.test(val);
    if (isNoise2) return val + "n";
    const isBigInt = typeof val === "bigint";
    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return JSON.rawJSON(val.toString());
      return val.toString() + "n";
    }
    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }
    const isPostReplacerObject = val !== null && typeof val === "object";
    if (isPostReplacerObject) {
      const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }
    return val;
  };
  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
  if (isUnstringifiable(rootProcessed)) {
    return void 0;
  }
  const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);
  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }
  const chunks = [];
  let level = 0;
  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true
    }
  ];
  const visited = new WeakSet([rootProcessed]);
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }
    let isDone = false;
    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");
        if (space) chunks.push("\n" + space.repeat(level));
        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);
        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject = childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);
          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }
            visited.add(childVal);
            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true
            });
            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];
        const isFilteredOutByArray = propertyList && !propertyList.has(k);
        if (isFilteredOutByArray) continue;
        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);
        if (isUnstringifiable(childVal)) continue;
        if (!node.first) chunks.push(",");
        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }
        const isComplexObject = childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);
        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }
          visited.add(childVal);
          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true
          });
          node.first = false;
          break;
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }
      const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }
    if (isDone) {
      level--;
      if (!node.first && space) chunks.push("\n" + space.repeat(level));
      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }
  return chunks.join("");
};
var JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;
    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());
          const hasFunctionReplacer = typeof replacer === "function";
          if (hasFunctionReplacer) return replacer(key, val);
          const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
          if (isKeyInArrayReplacer) return val;
          return val;
        },
        space
      );
    }
    if (!value) return originalStringify(value, replacer, space);
    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise2 = typeof val === "string" && noiseValue.test(val);
        if (isNoise2) return val.toString() + "n";
        if (typeof val === "bigint") return val.toString() + "n";
        const hasFunctionReplacer = typeof replacer === "function";
        if (hasFunctionReplacer) return replacer(key, val);
        const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
        if (isKeyInArrayReplacer) return val;
        return val;
      },
      space
    );
    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3"
    );
    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);
      if (convertedJSON === void 0) return void 0;
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return convertedJSON;
      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
      return processedJSON.replace(noiseStringify, "$1$2$3");
    }
    throw error;
  }
};
var featureCache = /* @__PURE__ */ new Map();
var isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();
  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }
  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1"
    );
    featureCache.set(parseFingerprint, result);
    return result;
  } catch {
    featureCache.set(parseFingerprint, false);
    return false;
  }
};
var convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt = typeof value === "string" && customFormat.test(value);
  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));
  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);
  const hasUserReviver = typeof userReviver === "function";
  if (!hasUserReviver) return value;
  return userReviver(key, value, context);
};
var JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds = value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;
    if (isBigInt) return BigInt(context.source);
    const hasCustomReviver = typeof reviver === "function";
    if (!hasCustomReviver) return value;
    return reviver(key, value, context);
  });
};
var MAX_INT = Number.MAX_SAFE_INTEGER.toString();
var MAX_DIGITS = MAX_INT.length;
var stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
var noiseValueWithQuotes = /^"-?\d+n+"$/;
var applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (!node.visited) {
      node.visited = true;
      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";
      if (isComplexObject) {
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];
      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);
        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise2 = noiseValue.test(value);
          if (isNoise2) value = value.slice(0, -1);
        }
      }
      const hasUserReviver = typeof userReviver === "function";
      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }
      const isDeleted = value === void 0;
      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }
      stack.pop();
    }
  }
  return rootHolder[""];
};
var serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise2 = isString && noiseValueWithQuotes.test(match);
      if (isNoise2) return match.substring(0, match.length - 1) + 'n"';
      const hasFractionalOrExponential = fractional || exponential;
      const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
      const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
      if (isStandardValue) return match;
      return '"' + match + 'n"';
    }
  );
};
var JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);
  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver);
    const serializedData = serializeBigInts(text);
    return originalParse(
      serializedData,
      (key, value, context) => convertMarkedBigIntsReviver(key, value, context, reviver)
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);
      return applyReviverIteratively(parsed, reviver);
    }
    throw error;
  }
};

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
};

// node_modules/@octokit/request/dist-bundle/index.js
var VERSION2 = "10.0.16";
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION2} ${getUserAgent()}`
  }
};
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch2 = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch2) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject2(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch2(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = parse2(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults2(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults2.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults2.bind(null, endpoint2)
  });
}
var request = withDefaults2(endpoint, defaults_default);

// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION3 = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults3(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults3.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
var graphql2 = withDefaults3(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION3} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults3(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request2, route, parameters) {
  const endpoint2 = request2.endpoint.merge(
    route,
    parameters
  );
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request2(endpoint2);
}
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

// node_modules/@octokit/core/dist-src/version.js
var VERSION4 = "7.0.8";

// node_modules/@octokit/core/dist-src/index.js
var noop2 = () => {
};
var consoleWarn = console.warn.bind(console);
var consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop2;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop2;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var userAgentTrail = `octokit-core.js/${VERSION4} ${getUserAgent()}`;
var Octokit = class {
  static VERSION = VERSION4;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook2 = new before_after_hook_default.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook2.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook2;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth2 = createTokenAuth(options.auth);
        hook2.wrap("request", auth2.hook);
        this.auth = auth2;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth2 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook2.wrap("request", auth2.hook);
      this.auth = auth2;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// node_modules/@octokit/plugin-retry/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION5 = "0.0.0-development";
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}
async function wrapRequest(state, octokit, request2, options) {
  const limiter = new import_light.default();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request2),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request2, options) {
  const response = await request2(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = VERSION5;

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light2 = __toESM(require_light(), 1);
var VERSION6 = "0.0.0-development";
var noop3 = () => Promise.resolve();
function wrapRequest2(state, request2, options) {
  return state.retryLimiter.schedule(doRequest, state, request2, options);
}
async function doRequest(state, request2, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request2.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop3);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop3);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop3);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request2, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck2, common) {
  groups.global = new Bottleneck2.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck2.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck2.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck2.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck2.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck: Bottleneck2 = import_light2.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck2, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck2();
    const events = {};
    const emitter = new Bottleneck2.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request2, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request2.retryCount;
      request2.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request2.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request2, options) => {
    initializeBottleneck();
    return wrapRequest2(state, request2, options);
  });
  return {};
}
throttling.VERSION = VERSION6;
throttling.triggersNotification = triggersNotification;

// src/action/github.ts
var Client = Octokit.plugin(retry, throttling);
var MAX_RATE_LIMIT_RETRIES = 2;
var MAX_RATE_LIMIT_WAIT_S = 60;
var MAX_PAGES = 30;
function github(token, baseUrl) {
  const waitOut = (after, _options, _octokit, retryCount) => retryCount < MAX_RATE_LIMIT_RETRIES && after <= MAX_RATE_LIMIT_WAIT_S;
  const octokit = new Client({
    auth: token,
    baseUrl,
    userAgent: "tracebook-action",
    retry: { retries: 3 },
    throttle: { onRateLimit: waitOut, onSecondaryRateLimit: waitOut }
  });
  return {
    async comments({ owner, repo }, issue) {
      const all = [];
      for (let page = 1; page <= MAX_PAGES; page++) {
        const { data } = await octokit.request("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
          owner,
          repo,
          issue_number: issue,
          per_page: 100,
          page
        });
        all.push(...data);
        if (data.length < 100) break;
      }
      return all;
    },
    async createComment({ owner, repo }, issue, body) {
      const { data } = await octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        owner,
        repo,
        issue_number: issue,
        body
      });
      return data;
    },
    async updateComment({ owner, repo }, id, body) {
      const { data } = await octokit.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
        owner,
        repo,
        comment_id: id,
        body
      });
      return data;
    },
    async addLabel({ owner, repo }, issue, label) {
      await octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
        owner,
        repo,
        issue_number: issue,
        labels: [label]
      });
    },
    async removeLabel({ owner, repo }, issue, label) {
      await octokit.request("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", {
        owner,
        repo,
        issue_number: issue,
        name: label
      });
    }
  };
}

// src/action/inputs.ts
var InputError = class extends Error {
};
var TRUE = /^(true|True|TRUE)$/;
var BOOLEAN = /^(true|True|TRUE|false|False|FALSE)$/;
function readInputs(env) {
  const input = (name) => {
    const value = env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`];
    if (value === void 0) throw new InputError(`input "${name}" is missing`);
    return value.trim();
  };
  const site = input("site");
  if (!/^https?:\/\/[^\s/]+/.test(site) || !URL.canParse(site)) {
    throw new InputError(`input "site" must be the runbook site's public URL, such as https://tracebook.example.org; got "${site}"`);
  }
  const minConfidence = Number(input("min-confidence"));
  if (!(minConfidence >= 0 && minConfidence <= 1)) throw new InputError(`input "min-confidence" must be a number from 0 to 1`);
  const dryRun = input("dry-run");
  if (!BOOLEAN.test(dryRun)) throw new InputError(`input "dry-run" must be true or false`);
  const token = input("github-token");
  if (!token) throw new InputError(`input "github-token" is empty; leave it out to use the workflow's token`);
  return { token, site, minConfidence, labelPrefix: input("label-prefix"), dryRun: TRUE.test(dryRun) };
}

// src/action/issue-logs.ts
var FENCE = /^ {0,3}(`{3,}|~{3,})/;
var TAG_ONLY = /^\s*(?:<\/?(?:details|summary|pre|code)(?:\s[^>]*)?>\s*)+$/i;
var INLINE_TAGS = /<\/?(?:details|summary|pre)(?:\s[^>]*)?>/gi;
function logFromMarkdown(markdown) {
  const text = markdown.replace(/\r\n?/g, "\n").replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => comment.replace(/[^\n]/g, ""));
  let fence;
  return text.split("\n").map((line) => {
    const opening = FENCE.exec(line)?.[1];
    if (fence) {
      if (opening && opening[0] === fence[0] && opening.length >= fence.length && line.trim() === opening) {
        fence = void 0;
        return "";
      }
      return line;
    }
    if (opening) {
      fence = opening;
      return "";
    }
    if (TAG_ONLY.test(line)) return "";
    return line.replace(INLINE_TAGS, "");
  }).join("\n");
}

// src/matcher/strength.ts
var STRONG = 0.85;
function strengthOf(match) {
  return match.basis === "exception" && match.confidence >= STRONG ? "strong" : "partial evidence";
}
var BASIS_WORDS = {
  exception: "the exception line",
  embedded: "the message found inside another line",
  "log-line": "a failure line that is not a Python exception"
};

// src/matcher/reply.ts
var MAX_QUOTED_LINES = 8;
var MAX_QUOTED_CHARS = 200;
function matchReply(match, origin) {
  const lines = [
    `This looks like **${match.title}** (${strengthOf(match)}: ${BASIS_WORDS[match.basis]} matched).`,
    "",
    `Cause: ${match.cause}`,
    "",
    match.fix.because.length > 0 ? `Fix that fits this log: [${match.fix.title}](${new URL(match.fix.url, origin).href}), because ${match.fix.because.join(" and ")}.` : `Fix to try first: [${match.fix.title}](${new URL(match.fix.url, origin).href})`,
    "",
    "The lines of the log it rests on:",
    "",
    ...codeBlock(uniqueLines(match.evidence))
  ];
  if (match.versions.length > 0) {
    lines.push(
      "",
      "Versions in the log:",
      "",
      ...match.versions.map((v) => `- ${v.message} (${v.pins.map((p) => p.evidence).join(", ") || "no pin"})`)
    );
  }
  lines.push("", `Details, other fixes and the versions affected: ${new URL(match.url, origin).href}`, "");
  return lines.join("\n");
}
function uniqueLines(evidence) {
  const seen = /* @__PURE__ */ new Map();
  for (const e of evidence) if (!seen.has(e.line)) seen.set(e.line, e.text);
  return [...seen].sort((a, b) => a[0] - b[0]).slice(0, MAX_QUOTED_LINES).map(([line, text]) => `${String(line).padStart(5)} | ${text.trim().slice(0, MAX_QUOTED_CHARS)}`);
}
function codeBlock(lines) {
  const longest = Math.max(2, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((r) => r.length))));
  const fence = "`".repeat(longest + 1);
  return [`${fence}text`, ...lines, fence];
}

// src/action/comment.ts
var MARKER = /^<!-- tracebook:answer for=(issue|comment-\d+)(?: runbook=([a-z0-9-]+))? -->\n/;
function answers(subject) {
  return subject.comment ? `comment-${subject.comment}` : "issue";
}
function markerLine(subject, runbook) {
  return `<!-- tracebook:answer for=${answers(subject)}${runbook ? ` runbook=${runbook}` : ""} -->`;
}
function markerOf(body) {
  const m = MARKER.exec(body ?? "");
  return m ? { answers: m[1], ...m[2] ? { runbook: m[2] } : {} } : void 0;
}
function answerComment(match, site, subject) {
  const quoted2 = { ...match, evidence: match.evidence.map((e) => ({ ...e, text: plainLine(e.text) })) };
  const where = subject.comment ? "this comment" : "this issue";
  return [
    markerLine(subject, match.slug),
    neutralizeOutsideCode(matchReply(quoted2, site)).trimEnd(),
    "",
    `<sub>Answered by [tracebook](${new URL("/", site).href}) from the log in ${where}; it updates this answer when ${where} is edited. Not the right runbook? Say so in this thread, so a maintainer can correct it.</sub>`,
    ""
  ].join("\n");
}
function withdrawnComment(subject) {
  const where = subject.comment ? "comment" : "issue";
  return `${markerLine(subject)}
<sub>tracebook answered an earlier version of this ${where}; the ${where} as it is now shows no failure it knows.</sub>
`;
}
var UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function plainLine(text) {
  return text.replace(UNPRINTABLE, "\uFFFD");
}
function neutralizeOutsideCode(markdown) {
  let fence;
  return markdown.split("\n").map((line) => {
    const run = /^(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (run && run[0] === fence[0] && run.length >= fence.length && line.trim() === run) fence = void 0;
      return line;
    }
    if (run) {
      fence = run;
      return line;
    }
    return line.replace(/(^|[^\w`])@(?=[A-Za-z0-9])/g, "$1@&#8203;");
  }).join("\n");
}

// src/action/plan.ts
var MAX_LABEL = 50;
function confidentMatch(result, inputs) {
  const [best] = result.matches;
  return best && best.confidence >= inputs.minConfidence ? best : void 0;
}
function planAnswer(subject, result, inputs, comments) {
  const ours = comments.filter((c) => isBot(c.user ?? void 0) && markerOf(c.body));
  const earlier = ours.find((c) => markerOf(c.body).answers === answers(subject));
  const match = confidentMatch(result, inputs);
  const labelled = new Set((subject.issue.labels ?? []).map((l) => typeof l === "string" ? l : l.name));
  const ownLabels = inputs.labelPrefix ? [...labelled].filter((l) => l.startsWith(inputs.labelPrefix)) : [];
  if (!match) {
    const best = result.matches[0];
    const why2 = best ? `the best match, ${best.slug}, has confidence ${best.confidence}, below min-confidence ${inputs.minConfidence}` : "no known runbook matches";
    if (!earlier) return { why: `${why2}; staying silent`, steps: [] };
    const body2 = withdrawnComment(subject);
    const steps2 = earlier.body === body2 ? [] : [{ kind: "update", id: earlier.id, body: body2 }];
    if (!subject.comment) steps2.push(...ownLabels.map((label) => ({ kind: "remove-label", label })));
    return { why: `${why2}; withdrawing the earlier answer`, steps: steps2 };
  }
  if (subject.comment && !earlier && ours.some((c) => markerOf(c.body).runbook === match.slug)) {
    return { runbook: match.slug, why: `${match.slug} is already the answer in this thread`, steps: [] };
  }
  const body = answerComment(match, inputs.site, subject);
  const steps = [];
  if (!earlier) steps.push({ kind: "create", body });
  else if (earlier.body !== body) steps.push({ kind: "update", id: earlier.id, body });
  if (inputs.labelPrefix) {
    const label = `${inputs.labelPrefix}${match.slug}`.slice(0, MAX_LABEL);
    if (!labelled.has(label)) steps.push({ kind: "add-label", label });
    if (!subject.comment) steps.push(...ownLabels.filter((l) => l !== label).map((l) => ({ kind: "remove-label", label: l })));
  }
  const why = `${match.slug} matches with confidence ${match.confidence} (min-confidence ${inputs.minConfidence})`;
  return { runbook: match.slug, why: steps.length > 0 ? why : `${why}; already answered as it is`, steps };
}

// src/matcher/demangle.ts
var ENTITIES = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
  nbsp: " ",
  "#39": "'",
  "#x27": "'",
  "#34": '"',
  "#x22": '"',
  "#96": "`",
  "#x60": "`",
  "#32": " ",
  "#160": " ",
  "#42": "*",
  "#95": "_"
};
var ENTITY = /&(#x?[0-9a-fA-F]{1,6}|[a-z]{2,6});/g;
var BREAK = /<br\s*\/?>/i;
var MARKDOWN_LINK = /\[([^\][\s()]{1,200})\]\((https?:\/\/[^()\s]{1,210})\)/g;
var CURLY_FRAME = /File “([^“”\n]{1,1000})”, line /g;
function unlinkSelfLinks(text) {
  return text.replace(MARKDOWN_LINK, (whole, label, url) => {
    const target = url.slice(url.indexOf("//") + 2);
    return target === label || target === `${label}/` ? label : whole;
  });
}
function decodeEntities(text) {
  return text.replace(ENTITY, (whole, name) => {
    const known = ENTITIES[name];
    if (known !== void 0) return known;
    if (name.startsWith("#")) {
      const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (code >= 32 && code < 55296 && code !== 127 && !(code >= 128 && code < 160)) return String.fromCharCode(code);
    }
    return whole;
  });
}
var QUOTE = /^(?:\s{0,3}>(?: |$))+/;
var PDB = /^(?:\(Pdb\) |\*\*\* |E {3,}\t?)/;
var EMPHASIS = /^(?:\*\*([^*\n]{1,200}?)\*\*|__([^_\n]{1,200}?)__)(?=\s|:|$)/;
var BACKTICKED = /^`([^`]+)`$/;
var LINKED = /^\[([^\]\s]{1,500})\]\([^)\s]{0,500}\)/;
var TAG = /<\/?(?:a|span|code|pre|b|i|em|strong|details|summary|p|div|font|sup|sub|img|tt|kbd|blockquote|ul|ol|li|table|tr|td|th|h[1-6])(?:\s[^<>]{0,1000})?\/?>/gi;
var IPY_FILE = /^File (\S.*?):(\d+)(?:, in ([\w<>.]+)|\s*$)/;
var IPY_CELL = /^(?:Cell In ?\[\d*\], line (\d+)|Input In \[\d*\], in ([\w<>]+))/;
var IPY_OLD_INPUT = /^(<ipython-input-[\w-]+>) in ([\w<>]+)/;
var IPY_OLD_FILE = /^(\S*?\.py) in ([\w<>]+)\(/;
var IPY_SOURCE = /^-+> ?\d+ /;
var FLAT_FRAME = /File "[^"\n]{1,1000}", line \d+(?:, in [^\s"]*)?/g;
var FLAT_HEADERS = /(Traceback \(most recent call last\):|During handling of the above exception, another exception occurred:|The above exception was the direct cause of the following exception:)/g;
var EXCEPTION_NAME = String.raw`(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception|Exit|Interrupt|Failure|Timeout)`;
var FLAT_EXCEPTION = new RegExp(String.raw`(?:^|\s)(${EXCEPTION_NAME}):(?=\s|$)`);
var BARE_EXCEPTION = new RegExp(`^${EXCEPTION_NAME}$`);
var NAMES_A_CLASS = /(?:^|\s)(?:raise|except)$/;
function bareExceptionAt(rest) {
  const tail = rest.trimEnd();
  const space = tail.lastIndexOf(" ");
  if (space < 0 || !BARE_EXCEPTION.test(tail.slice(space + 1))) return -1;
  const code = tail.slice(0, space).trim();
  return code !== "" && !NAMES_A_CLASS.test(code) ? space : -1;
}
var MARKED_AT_START = /^(?:\s{0,3}>|\(Pdb\) |\*\*|E {3}|__|`|\[|File |Cell |Input |-+>)/;
var MARKED_ANYWHERE = /[&<]|\.py in |File ["“]|\]\(https?:\/\//;
function mayBeMarked(line) {
  return MARKED_AT_START.test(line) || MARKED_ANYWHERE.test(line);
}
function markedAtStart(line) {
  return MARKED_AT_START.test(line);
}
function demangle(line) {
  if (!mayBeMarked(line)) return [{ text: line, mangled: false }];
  let text = line;
  let mangled = false;
  if (text.includes("&")) {
    const decoded = decodeEntities(text);
    mangled ||= decoded !== text;
    text = decoded;
  }
  if (text.includes("](http")) {
    const unlinked = unlinkSelfLinks(text);
    mangled ||= unlinked !== text;
    text = unlinked;
  }
  if (text.includes("File \u201C")) {
    const straight = text.replace(CURLY_FRAME, 'File "$1", line ');
    mangled ||= straight !== text;
    text = straight;
  }
  let parts = [text];
  if (text.includes("<")) {
    if (BREAK.test(text)) parts = text.split(BREAK);
    const untagged = parts.map((p) => p.replace(TAG, ""));
    mangled ||= parts.length > 1 || untagged.some((p, i) => p !== parts[i]);
    parts = untagged;
  }
  const out = [];
  for (const part of parts) out.push(...unmark(part, mangled));
  return out;
}
function unmark(line, alreadyMangled) {
  let text = line;
  let mangled = alreadyMangled;
  for (let pass = 0; pass < 4; pass++) {
    const before = text;
    const quote = QUOTE.exec(text);
    if (quote) text = text.slice(quote[0].length);
    else if (PDB.test(text)) text = text.replace(PDB, "");
    else {
      const emphasis = EMPHASIS.exec(text);
      const ticked = BACKTICKED.exec(text);
      const linked = LINKED.exec(text);
      if (emphasis) text = (emphasis[1] ?? emphasis[2]) + text.slice(emphasis[0].length).replace(/(?:\*\*|__)\s*$/, "");
      else if (ticked && /^[\w.]+(?:Error|Exception)\b/.test(ticked[1])) text = ticked[1];
      else if (linked) text = linked[1] + text.slice(linked[0].length);
    }
    if (text === before) break;
    mangled = true;
  }
  return ipython(text) ?? unflatten(text, mangled);
}
var IPY_HINT = /^(?:File |Cell |Input |<ipython|-+>)|\.py in /;
function ipython(text) {
  if (!IPY_HINT.test(text)) return void 0;
  let m = IPY_FILE.exec(text);
  if (m) return [{ text: `  File "${m[1]}", line ${m[2]}, in ${m[3] ?? "<module>"}`, mangled: false }];
  m = IPY_CELL.exec(text);
  if (m) return [{ text: `  File "<cell>", line ${m[1] ?? 0}, in ${m[2] ?? "<module>"}`, mangled: false }];
  m = IPY_OLD_INPUT.exec(text) ?? IPY_OLD_FILE.exec(text);
  if (m) return [{ text: `  File "${m[1]}", line 0, in ${m[2]}`, mangled: false }];
  if (IPY_SOURCE.test(text)) return [{ text: `    ${text}`, mangled: false }];
  return void 0;
}
function unflatten(text, mangled) {
  if (!text.includes('File "')) return [{ text, mangled }];
  const frames = [...text.matchAll(FLAT_FRAME)];
  const headed = text.includes("Traceback (most recent call last):") && text.trim() !== "Traceback (most recent call last):";
  if (frames.length < 2 && !(headed && frames.length === 1)) return [{ text, mangled }];
  const cuts = /* @__PURE__ */ new Set();
  for (const h of text.matchAll(FLAT_HEADERS)) cuts.add(h.index);
  for (const f of frames) cuts.add(f.index);
  const sorted = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  const head = text.slice(0, sorted[0]).trim();
  if (head) pieces.push({ text: head, mangled: true });
  sorted.forEach((start, i) => {
    const segment = text.slice(start, sorted[i + 1] ?? text.length).trim();
    const frame = /^File "([^"]+)", line (\d+)(?:, in ([^\s"]*))?/.exec(segment);
    if (!frame) {
      pieces.push({ text: segment, mangled: true });
      return;
    }
    pieces.push({ text: `  File "${frame[1]}", line ${frame[2]}, in ${frame[3] || "?"}`, mangled: true });
    const rest = segment.slice(frame[0].length);
    const last = i === sorted.length - 1;
    const exception = last ? FLAT_EXCEPTION.exec(rest) : null;
    const at = exception ? exception.index : last ? bareExceptionAt(rest) : -1;
    const code = at >= 0 ? rest.slice(0, at) : rest;
    if (code.trim()) pieces.push({ text: `    ${code.trim()}`, mangled: true });
    if (at >= 0) pieces.push({ text: rest.slice(at).trim(), mangled: true });
  });
  return pieces;
}

// src/matcher/ordered-patterns.ts
var OrderedPatterns = class {
  patterns;
  /** anyFrom[k]: whether any of patterns k.. matches, as one alternation without a result to build. */
  anyFrom;
  constructor(patterns) {
    for (const re of patterns) {
      if (!re.source.startsWith("^") || re.flags !== "" || /\\[1-9]|\\k</.test(re.source) || alternatesAtTop(re.source))
        throw new Error(`${re} must start with ^ and have no flags, backreferences or | outside a group`);
    }
    this.patterns = patterns;
    this.anyFrom = patterns.map(
      (_, k) => new RegExp(
        `^(?:${patterns.slice(k).map((re) => re.source.slice(1)).join("|")})`
      )
    );
  }
  /** The first pattern at or after `from` that matches the start of `text`: its place in the list, and its match. */
  first(text, from) {
    if (from >= this.patterns.length || !this.anyFrom[from].test(text)) return void 0;
    for (let k = from; k < this.patterns.length; k++) {
      const match = this.patterns[k].exec(text);
      if (match) return { index: k, match };
    }
    return void 0;
  }
};
function alternatesAtTop(source) {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
}

// src/matcher/work.ts
var work = { steps: 0 };

// src/matcher/clean.ts
var MAX_INPUT_BYTES = 10 * 1024 * 1024;
var MAX_LINE_CHARS = 16e3;
var ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;
var STREAM_PREFIXES = [
  /^\[(rank\d+)\]:\s?/,
  // torchrun with --tee / TORCH_DISTRIBUTED "[rank3]: "
  /^\[(default\d+)\]:\s?/,
  // torchrun --log-dir "[default0]:"
  /^\d*\((\w+ (?:rank=\d+ )?pid=\d+(?:, ip=[\d.]+)?)\)\s/,
  // Ray "(RayWorkerWrapper pid=123, ip=10.0.0.1) ", vLLM "(VllmWorker rank=0 pid=42) ", "(EngineCore_DP0 pid=7) "
  /^\d*\((pid=\d+(?:, ip=[\d.]+)?)\)\s/,
  // Ray "(pid=123) "
  /^(\S+?):\s(?=\[?(?:rank\d+|default\d+)\]?:)/,
  // pdsh/deepspeed host prefix before a rank prefix "worker-1: [rank3]: "
  // docker compose "vllm-1  | ", "qanything-container-local  | "; no dots, so a table row ("lm_head.weight | MISMATCH") stays
  /^([A-Za-z][\w-]*)\s+\|\s/
];
var RECORD_PREFIXES = [
  // 2024-01-23 10:00:00,123 and a collector's 2024-05-01T10:00:16.123456Z: one separator goes, the line's own indentation stays
  /^\[?\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?\]?(?: ?[-|:] ?| )?/,
  /^[EWIF]\d{4} \d{2}:\d{2}:\d{2}\.\d+\s+\d+\s+\S+:\d+\]\s?/,
  // glog "E0123 10:00:00.123456 12345 file.cc:42] "
  /^\[[EWIF]\d{0,4}(?: [\d:.]+)?(?:\s+\d+)?\s+[\w.]+\.(?:cpp|cc|h|hpp):\d+\]\s?/,
  // torch's C++ log "[E ProcessGroupNCCL.cpp:475] ", "[E626 10:00:00.123 ProcessGroupNCCL.cpp:607] "
  /^(?:\[(?:DEBUG|INFO|WARNING|WARN|ERROR|CRITICAL)\]|(?:DEBUG|INFO|WARNING|WARN|ERROR|CRITICAL)\s*(?:[:|-]\s*|\s+))(?:\d{2}-\d{2} \d{2}:\d{2}:\d{2}\s*)?/,
  // "[ERROR] ", "INFO 01-23 10:00:00 "
  /^\[[^\]\n]{1,80}\.py:\d+(?::[\w<>]+)?\]\s?/,
  // "[train.py:42:main] " and "[logging.py:96:log_dist] "
  /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}\s*-\s*/,
  // transformers' logging "01/23/2024 10:00:00 - "
  /^[\w.]+\s*-\s*(?=(?:DEBUG|INFO|WARNING|ERROR|CRITICAL)\b)/,
  // "root - ERROR - "
  /^[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \S+ [\w@./-]+(?:\[\d+\])?:\s?/,
  // syslog/journald "Oct 04 12:34:56 host prog[394]: "
  /^(?:stderr|stdout)\s*\|\s*/,
  // FastChat/LLaVA workers: "2024-06-10 17:54:07 | ERROR | stderr | "
  // vLLM and friends: "ERROR 10-15 12:01:02 registry.py:264] ", "INFO 01-23 10:00:00 [llm_engine.py:223] "
  /^(?:DEBUG|INFO|WARNING|WARN|ERROR|CRITICAL)\s+\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?\s+(?:\[[^\]\n]{1,120}\]\s?|[\w./-]{1,120}:\d+\]\s?)/,
  // lmms-eval's loguru format: "05-10 21:54:46 [lmms_eval/models/llava.py:407] ERROR "
  /^\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?\s+\[[^\]\n]{1,120}\]\s+(?:DEBUG|INFO|WARNING|ERROR|CRITICAL)\s+/,
  // loguru's default after its timestamp: "| ERROR    | module:function:42 - "
  /^\|?\s*(?:TRACE|DEBUG|INFO|SUCCESS|WARNING|ERROR|CRITICAL)\s*\|\s*[\w.<>-]{1,120}:[\w<>.-]{1,120}:\d+\s+-\s+/,
  // text-generation-webui and rich's logging: "14:29:11-486448 ERROR    "
  /^\d{2}:\d{2}:\d{2}(?:[-.,]\d+)?\s+(?:DEBUG|INFO|WARNING|ERROR|CRITICAL)\s+/
];
var ORPHAN_SGR = /\[(?:\d{1,3}(?:;\d{1,3})*m|m(?=\[|\s|$))/g;
var CARET_SGR = /\^\[\[[0-9;]*[A-Za-z]|\^M$/g;
var TRACEBACK_HEADER = "Traceback (most recent call last):";
var ORPHAN_HINT = /\[\d{0,3}(?:;\d{1,3})*m/;
function stripAnsi(text) {
  let stripped = text.includes("\x1B") ? text.replace(ANSI, "") : text;
  if (stripped.includes("^")) stripped = stripped.replace(CARET_SGR, "");
  return stripped.includes("m") && ORPHAN_HINT.test(stripped) ? stripped.replace(ORPHAN_SGR, "") : stripped;
}
var ACTED_ON_INSIDE = new RegExp(
  [/[\x1b^\r]/, ORPHAN_HINT, MARKED_ANYWHERE, new RegExp(TRACEBACK_HEADER.replace(/[()]/g, "\\$&"))].map((re) => re.source).join("|")
);
var MAX_LINES = 3e5;
var HEAD_LINES = MAX_LINES / 5;
var TAIL_LINES = MAX_LINES - HEAD_LINES;
function forEachRawLine(input, visit) {
  const lineFrom = (start2, end) => input.charCodeAt(end - 1) === 13 ? input.slice(start2, end - 1) : input.slice(start2, end);
  const tail = [];
  let total = 0;
  let start = 0;
  for (; ; ) {
    const found = input.indexOf("\n", start);
    const end = found === -1 ? input.length : found;
    if (total < HEAD_LINES) visit(total, lineFrom(start, end));
    else tail[(total - HEAD_LINES) % TAIL_LINES] = start;
    total++;
    if (found === -1) break;
    start = found + 1;
  }
  const inTail = total - HEAD_LINES;
  if (inTail <= 0) return;
  const kept = Math.min(inTail, TAIL_LINES);
  const first = inTail > TAIL_LINES ? inTail % TAIL_LINES : 0;
  for (let k = 0; k < kept; k++) {
    const from = tail[(first + k) % TAIL_LINES];
    const found = input.indexOf("\n", from);
    visit(total - kept + k, lineFrom(from, found === -1 ? input.length : found));
  }
}
function cleanLines(input) {
  const out = [];
  forEachRawLine(input, (index, rawLine) => {
    work.steps += rawLine.length + 1;
    const plain = !ACTED_ON_INSIDE.test(rawLine);
    let text = plain ? rawLine : stripAnsi(rawLine);
    const cr = plain ? -1 : text.lastIndexOf("\r");
    if (cr >= 0) text = text.slice(cr + 1);
    if (text.length > MAX_LINE_CHARS) text = text.slice(0, MAX_LINE_CHARS);
    const { text: outerText, stream, record } = stripPrefixes(text, "");
    if (!(plain ? markedAtStart(outerText) : mayBeMarked(outerText))) {
      if (plain) out.push({ index, text: outerText, stream, record });
      else pushLine(out, { index, text: outerText, stream, record });
      return;
    }
    const pieces = demangle(outerText);
    for (const piece of pieces) {
      const inner = piece.mangled ? stripPrefixes(piece.text, stream) : { text: piece.text, stream, record: false };
      const line = { index, text: inner.text, stream: inner.stream, record: record || inner.record };
      if (piece.mangled) line.mangled = true;
      if (pieces.length === 1 && piece.text !== outerText) line.raw = outerText;
      pushLine(out, line);
    }
  });
  return out;
}
function pushLine(out, line) {
  const tb = line.text.indexOf(TRACEBACK_HEADER);
  if (tb > 0 && line.text.slice(0, tb).trim() !== "") {
    out.push({ ...line, text: line.text.slice(0, tb) });
    line.text = line.text.slice(tb);
  }
  out.push(line);
}
var NONE = { text: "", stream: "", record: false };
function unprefixed(line) {
  NONE.text = line;
  return NONE;
}
var PREFIXES = new OrderedPatterns([...STREAM_PREFIXES, ...RECORD_PREFIXES]);
function stripPrefixes(line, defaultStream) {
  let found = PREFIXES.first(line, 0);
  if (!found) return defaultStream ? { text: line, stream: defaultStream, record: false } : unprefixed(line);
  let text = line;
  let stream = defaultStream;
  let record = false;
  let pass = 0;
  let passStart = text;
  while (found) {
    const { index, match } = found;
    const length = match[0].length;
    if (index < STREAM_PREFIXES.length) {
      if (/^(rank|default)\d|pid=/.test(match[1])) stream = match[1];
      text = text.slice(length);
    } else if (length > 0) {
      text = text.slice(length);
      record = true;
    }
    const next = PREFIXES.first(text, 0);
    if (!next) break;
    if (next.index > index) {
      found = next;
      continue;
    }
    found = PREFIXES.first(text, index + 1);
    if (found) continue;
    if (text === passStart || ++pass === 6) break;
    passStart = text;
    found = next;
  }
  return { text, stream, record };
}
function splitStreams(lines) {
  if (lines.every((l) => l.stream === "")) return [lines];
  const streams = /* @__PURE__ */ new Map();
  for (const line of lines) {
    let list = streams.get(line.stream);
    if (!list) streams.set(line.stream, list = []);
    list.push(line);
  }
  return [...streams.values()];
}

// src/matcher/rich.ts
var TOP = /^[╭┌]─+ Traceback \(most recent call last\) ─+[╮┐]$/;
var BOTTOM = /^[╰└]─+[╯┘]$/;
var INSIDE = /^│ ?(.*?)\s*│$/;
var FRAME = /^(\S+):(\d+) in (\S+)$/;
var BOXED_FRAME = /^│ ?(\S+):\d+ in \S+\s*│$/;
var PATH_LIKE = /[/\\]|\.py$/;
var PATH_PIECE = /^[^\s│]+$/;
var MAX_PATH_CHARS = 1e3;
function hasTop(text) {
  return text.includes("Traceback (most recent call last) \u2500") && TOP.test(text.trim());
}
function isBoxedFrame(text) {
  const path = text.includes(" in ") ? BOXED_FRAME.exec(text.trim())?.[1] : void 0;
  return path !== void 0 && PATH_LIKE.test(path);
}
function unboxRich(lines) {
  if (!lines.some((l) => l.text.includes("\u2502") && (hasTop(l.text) || isBoxedFrame(l.text)))) return lines;
  const out = [];
  let inBox = false;
  let headless = false;
  let pending = "";
  for (const line of lines) {
    const text = line.text.trim();
    work.steps += text.length + pending.length + 1;
    if (hasTop(text)) {
      inBox = true;
      headless = false;
      out.push({ ...line, text: "Traceback (most recent call last):" });
      continue;
    }
    if (inBox && BOTTOM.test(text)) {
      inBox = false;
      pending = "";
      continue;
    }
    if (inBox && headless && !text.startsWith("\u2502")) {
      inBox = false;
      pending = "";
    }
    if (!inBox && text.startsWith("\u2502")) {
      inBox = headless = true;
      pending = "";
    }
    if (!inBox) {
      out.push(line);
      continue;
    }
    const inner = INSIDE.exec(text)?.[1]?.trim() ?? text;
    const frame = FRAME.exec(pending + inner);
    if (frame) {
      out.push({ ...line, text: `  File "${frame[1]}", line ${frame[2]}, in ${frame[3]}` });
      pending = "";
    } else if (PATH_PIECE.test(inner) && /[/\\]/.test(inner) && pending.length + inner.length <= MAX_PATH_CHARS) {
      pending += inner;
    } else {
      pending = "";
      out.push({ ...line, text: `    ${inner}` });
    }
  }
  return out;
}

// src/matcher/parse.ts
var TRACEBACK = /^\s*(?:\+\s*)?(?:Exception Group )?Traceback \(most recent call last\):\s*$|^[\w.]+\s+Traceback \(most recent call last\)\s*$/;
var FRAME2 = /^\s*File "([^"]+)", line (\d+)(?:, in (.+))?$/;
var CHAINED = /^(?:During handling of the above exception, another exception occurred|The above exception was the direct cause of the following exception):\s*$/;
var EXCEPTION_LINE = /^((?:[A-Za-z_][\w]*\.)*[A-Za-z_]\w*)(?:\(((?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*)\))?(?::(?: (.*)|$)|$)/;
var LONE_TYPE = /^(?:[A-Za-z_]\w*\.)*(?:[A-Z]\w*)?(?:Error|Exception|Exit|Interrupt|Failure|Timeout)$/;
var CARET = /^\s*[~^]+\s*$/;
var CPP_TERMINATE = /^terminate called after throwing an instance of '([\w:<>, ]+)'\s*$/;
var CPP_WHAT = /^\s*what\(\):\s+(.*)$/;
var CPP_TRAILER = /^(?:Exception raised from |frame #\d+:)/;
var GROUP_GUTTER = /^(\s*)\|(?: |$)/;
var GROUP_SEPARATOR = /^\s*\+[-+]+(?:\s*\d+\s*-+)?\s*$|^\s*\+-+\s*\.\.\.|^\s*\+-+$/;
function isTraceback(text) {
  return text.includes("Traceback (most recent call last)") && TRACEBACK.test(text);
}
function isChained(text) {
  return text.includes(" exception") && CHAINED.test(text.trim());
}
function failedAssert(parsed, source) {
  if (parsed.message !== "" || typeKey(parsed.type) !== "AssertionError" || !source?.source) return;
  if (parsed.frames.length > 0 && /^\s*assert\s/.test(source.text)) source.source = false;
}
var WRAPPER_TYPES = /* @__PURE__ */ new Set([
  "ChildFailedError",
  "ProcessRaisedException",
  "ProcessExitedException",
  "RemoteTraceback",
  "CalledProcessError",
  "RayTaskError",
  "ExceptionGroup",
  "BaseExceptionGroup"
]);
var WRAPPER_MESSAGES = [
  "Unable to load weights from pytorch checkpoint file"
  // transformers' load_state_dict fallback
];
function typeKey(type) {
  return type.slice(type.lastIndexOf(".") + 1);
}
function isWrapper(type, outer, message) {
  if (outer && WRAPPER_TYPES.has(typeKey(outer))) return true;
  if (WRAPPER_TYPES.has(typeKey(type))) return true;
  return WRAPPER_MESSAGES.some((m) => message.startsWith(m));
}
function parseLog(input) {
  const lines = cleanLines(input);
  const exceptions = [];
  const cut = [];
  let chainSeq = 0;
  for (const stream of splitStreams(lines)) {
    chainSeq = parseStream(unboxRich(ungutter(stream)), exceptions, cut, chainSeq);
  }
  exceptions.sort((a, b) => a.lines[0] - b.lines[0]);
  markPositions(exceptions);
  let lastText = -1;
  for (let k = lines.length - 1; k >= 0; k--) {
    if (lines[k].text.trim() !== "") {
      lastText = lines[k].index;
      break;
    }
  }
  for (const e of exceptions) e.atEnd = e.lines[e.lines.length - 1] >= lastText;
  return { lines, exceptions, cut: cut.map((frames) => ({ frames, atEnd: frames[frames.length - 1].index >= lastText })) };
}
function ungutter(stream) {
  return stream.map((line) => {
    if (!line.text.includes("|") && !line.text.includes("+")) return line;
    if (GROUP_SEPARATOR.test(line.text)) return { ...line, text: "" };
    let text = line.text;
    for (let depth = 0; depth < 10; depth++) {
      const m = GROUP_GUTTER.exec(text);
      if (!m) break;
      text = text.slice(m[0].length);
    }
    return text === line.text ? line : { ...line, text };
  });
}
function parseStream(lines, out, cut, chainSeq) {
  let frames = [];
  let inTraceback = false;
  let baseIndent = 0;
  let lookahead;
  const dangling = () => {
    if (frames.length > 0) cut.push(frames);
    frames = [];
  };
  let chain = -1;
  let chainedNext = false;
  let startsMidChain = false;
  let sourceAt = -1;
  let lastSource = -1;
  for (let i = 0; i < lines.length; i++) {
    const { text } = lines[i];
    work.steps += text.length + 1;
    if (isTraceback(text)) {
      dangling();
      inTraceback = true;
      baseIndent = indentOf(text);
      continue;
    }
    if (isChained(text)) {
      chainedNext = true;
      if (chain < 0) {
        chain = chainSeq++;
        startsMidChain = true;
      }
      continue;
    }
    const frame = text.includes('File "') ? FRAME2.exec(text) : null;
    if (frame) {
      if (!inTraceback) {
        dangling();
        baseIndent = Math.max(0, indentOf(text) - 2);
      }
      inTraceback = true;
      frames.push({ file: frame[1].replace(/\\/g, "/"), line: Number(frame[2]), func: frame[3] ?? "", index: lines[i].index });
      sourceAt = indentOf(text) <= baseIndent ? i + 1 : -1;
      lastSource = -1;
      continue;
    }
    const unindentedSource = i === sourceAt && sourceOfUnindentedFrame(text);
    if (inTraceback && (indentOf(text) > baseIndent || unindentedSource || CARET.test(text) || text === "" || isNoise(text))) {
      if (/^\s/.test(text) || unindentedSource) {
        lines[i].source = true;
        lastSource = i;
      }
      continue;
    }
    const terminate = text.startsWith("terminate") ? CPP_TERMINATE.exec(text) : null;
    const what = terminate && lines[i + 1] ? CPP_WHAT.exec(lines[i + 1].text) : null;
    if (terminate && what) {
      const messageLines2 = [what[1]];
      const indexes2 = [lines[i].index, lines[i + 1].index];
      let j2 = i + 2;
      while (j2 < lines.length && j2 - i <= 50 && lines[j2].text.trim() !== "" && !CPP_TRAILER.test(lines[j2].text.trim())) {
        work.steps += lines[j2].text.length + 1;
        messageLines2.push(lines[j2].text);
        indexes2.push(lines[j2].index);
        j2++;
      }
      const type2 = terminate[1].replace(/::/g, ".");
      out.push({
        type: type2,
        message: messageLines2.join("\n"),
        lines: indexes2,
        frames: [],
        chain: chainSeq++,
        position: 0,
        wrapper: false,
        atEnd: false
      });
      inTraceback = false;
      i = j2 - 1;
      continue;
    }
    const subject = inTraceback && baseIndent > 0 ? text.trimStart() : text;
    const m = lookahead?.at === i && lookahead.text === subject ? lookahead.m : EXCEPTION_LINE.exec(subject);
    const candidate = m && (inTraceback || LONE_TYPE.test(m[1]) || m[2] !== void 0 && LONE_TYPE.test(m[2]));
    const messageBelow = candidate === true && m[3] === void 0 && /:\s*$/.test(text) && /^\s+\S/.test(lines[i + 1]?.text ?? "");
    if (!m || !candidate || !(inTraceback || m[3] !== void 0 || messageBelow)) {
      if (inTraceback && text.trim() !== "") dangling();
      inTraceback = false;
      if (text.trim() !== "") {
        chainedNext = false;
      }
      continue;
    }
    const outer = m[2] !== void 0 ? m[1] : void 0;
    const type = m[2] ?? m[1];
    const messageLines = [m[3] ?? ""];
    const indexes = [lines[i].index];
    let j = i + 1;
    while (j < lines.length && j - i <= 200) {
      const next = lines[j];
      if (next.text.trim() === "" || next.record && !lines[i].record || isTraceback(next.text) || isChained(next.text)) break;
      if (next.text.includes('File "') && FRAME2.test(next.text)) break;
      const asException = EXCEPTION_LINE.exec(next.text);
      if (asException && asException[3] !== void 0 && LONE_TYPE.test(asException[2] ?? asException[1])) {
        lookahead = { at: j, text: next.text, m: asException };
        break;
      }
      if (/^(?:-- Process \d+ terminated|"""$)/.test(next.text.trim())) break;
      work.steps += next.text.length + 1;
      messageLines.push(next.text);
      indexes.push(next.index);
      j++;
    }
    if (!chainedNext) {
      chain = chainSeq++;
      startsMidChain = false;
    }
    if (messageLines.length > 1 && messageLines[0].trim() === "") {
      while (messageLines.length > 1 && messageLines[0].trim() === "") {
        messageLines.shift();
        indexes.shift();
      }
      messageLines[0] = messageLines[0].trimStart();
    }
    const message = messageLines.join("\n").replace(/\s+$/, "");
    const parsed = {
      type,
      message,
      lines: indexes,
      frames,
      chain,
      position: startsMidChain ? 1 : 0,
      wrapper: isWrapper(type, outer, message),
      atEnd: false
    };
    if (lines[i].mangled || messageBelow) parsed.mangled = true;
    failedAssert(parsed, lines[lastSource]);
    lastSource = -1;
    out.push(parsed);
    frames = [];
    inTraceback = false;
    chainedNext = false;
    i = j - 1;
  }
  if (inTraceback) dangling();
  return chainSeq;
}
function sourceOfUnindentedFrame(text) {
  if (text.trim() === "") return false;
  const m = EXCEPTION_LINE.exec(text.trimStart());
  if (!m) return true;
  const type = m[2] ?? m[1];
  return !(LONE_TYPE.test(type) || m[3] !== void 0 && /^[A-Z]/.test(typeKey(type)));
}
function indentOf(text) {
  let i = 0;
  while (i < text.length && (text[i] === " " || text[i] === "	")) i++;
  return i;
}
function isNoise(text) {
  return /\d%\|| \d+(?:\.\d+)?(?:it\/s|s\/it)\]|^\S+\.py:\d+: \w*Warning: /.test(text);
}
function markPositions(exceptions) {
  const next = [];
  for (const e of exceptions) {
    const start = next[e.chain] ?? e.position;
    e.position = start;
    if (!e.wrapper) next[e.chain] = start + 1;
  }
}

// src/matcher/anchors.ts
var MIN_ANCHOR_CHARS = 3;
var TABLE_BITS = 16;
var AnchorScanner = class {
  byGram = /* @__PURE__ */ new Map();
  grams = new Uint8Array(1 << TABLE_BITS);
  constructor(entries) {
    for (const [anchor, payload] of entries) {
      if (anchor.length < MIN_ANCHOR_CHARS) continue;
      const key = gram(anchor.charCodeAt(0), anchor.charCodeAt(1), anchor.charCodeAt(2));
      let list = this.byGram.get(key);
      if (!list) this.byGram.set(key, list = []);
      list.push({ anchor, payload });
      this.grams[key] = 1;
    }
  }
  get size() {
    return this.byGram.size;
  }
  /**
   * Call `visit` for every anchor that occurs in `text`, at each position where it starts, in
   * order of position. `visit` returns false to stop the scan of this text.
   */
  scan(text, visit) {
    const end = text.length - MIN_ANCHOR_CHARS + 1;
    work.steps += text.length + 1;
    if (end <= 0) return;
    let a = text.charCodeAt(0);
    let b = text.charCodeAt(1);
    for (let i = 0; i < end; i++) {
      const c = text.charCodeAt(i + 2);
      const key = gram(a, b, c);
      a = b;
      b = c;
      if (this.grams[key] === 0) continue;
      const list = this.byGram.get(key);
      if (!list) continue;
      for (const { anchor, payload } of list) {
        work.steps += 1;
        if (text.startsWith(anchor, i) && visit(i, payload, anchor) === false) return;
      }
    }
  }
};
function gram(a, b, c) {
  return (Math.imul(a, 2654435761) ^ Math.imul(b, 2246822507) ^ Math.imul(c, 3266489909)) >>> 32 - TABLE_BITS;
}

// src/matcher/per-log.ts
function perLog(log, key, make) {
  const holder = log;
  const kept = holder[key];
  if (kept !== void 0) return kept;
  const value = make();
  if (Object.isExtensible(log)) Object.defineProperty(log, key, { value, enumerable: false });
  return value;
}

// src/matcher/template.ts
var MAX_MATCH_CHARS = 4e3;
var DEVICE_TYPES = ["cpu", "cuda", "meta", "mps", "xpu", "npu", "hpu", "xla", "disk"];
function normalizeSpace(text) {
  if (!NEEDS_NORMALIZING.test(text)) return text.trim();
  const spaced = text.replace(/\s+/g, " ");
  const straight = TYPOGRAPHIC_QUOTE.test(spaced) ? spaced.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"') : spaced;
  return straight.trim();
}
var NEEDS_NORMALIZING = /\s\s|[^\S ]|[\u2018-\u201f]/;
var TYPOGRAPHIC_QUOTE = /[\u2018-\u201f]/;
var SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b]/g;
var DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f]/g;
function matchAt(template, text) {
  const input = text.length > MAX_MATCH_CHARS ? text.slice(0, MAX_MATCH_CHARS) : text;
  const captures = [];
  let pos = 0;
  let matchedChars2 = 0;
  const { tokens } = template;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    if (token.kind === "literal") {
      const common = commonPrefixLength(input, pos, token.text);
      if (common === token.text.length) {
        pos += common;
        matchedChars2 += token.text.replace(/\s/g, "").length;
        continue;
      }
      if (pos + common >= input.length) {
        return { status: "truncated", matchedChars: matchedChars2 + token.text.slice(0, common).replace(/\s/g, "").length, captures };
      }
      return failure(
        template,
        matchedChars2 + token.text.slice(0, common).replace(/\s/g, "").length,
        pos + common,
        token.text.slice(common),
        input
      );
    }
    const next = tokens[t + 1];
    const stop = next?.kind === "literal" ? next.text : void 0;
    const consumed = consumePlaceholder(token, input, pos, stop);
    if (consumed < 0) {
      if (pos >= input.length) return { status: "truncated", matchedChars: matchedChars2, captures };
      return failure(template, matchedChars2, pos, `{${token.type}${token.qualifier ? ":" + token.qualifier : ""}}`, input);
    }
    work.steps += consumed + 1;
    captures.push(input.slice(pos, pos + consumed));
    pos += consumed;
  }
  return { status: "full", end: pos, captures };
}
function failure(template, matchedChars2, at, expected, input) {
  if (matchedChars2 * 2 < template.literalChars) return { status: "none" };
  return { status: "contradicted", matchedChars: matchedChars2, at, expected, found: input.slice(at, at + 40) };
}
function commonPrefixLength(text, pos, literal) {
  let i = 0;
  while (i < literal.length && pos + i < text.length && text[pos + i] === literal[i]) i++;
  work.steps += i + 1;
  return i;
}
function consumePlaceholder(token, text, pos, stop) {
  switch (token.type) {
    case "text":
      return consumeText(text, pos, stop);
    case "number":
      return consumeSticky(NUMBER, text, pos);
    case "device":
      return consumeDevice(text, pos, token.qualifier);
    case "shape":
      return consumeShape(text, pos);
    case "name":
      return consumeName(text, pos);
    case "path":
      return consumePath(text, pos, stop);
  }
}
function consumeText(text, pos, stop) {
  if (stop === void 0) return text.length - pos;
  const at = text.indexOf(stop, pos);
  work.steps += (at < 0 ? text.length : at) - pos + 1;
  return at < 0 ? -1 : at - pos;
}
var NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
function consumeSticky(re, text, pos) {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m ? m[0].length : -1;
}
function consumeDevice(text, pos, qualifier) {
  const types = qualifier ? [qualifier] : DEVICE_TYPES;
  for (const type of types) {
    if (text.startsWith(type, pos)) {
      let end = pos + type.length;
      if (text[end] === ":" && /\d/.test(text[end + 1] ?? "")) {
        end++;
        while (/\d/.test(text[end] ?? "")) end++;
      }
      if (/[A-Za-z0-9_]/.test(text[end] ?? "")) continue;
      return end - pos;
    }
  }
  return -1;
}
function consumeShape(text, pos) {
  let i = pos;
  if (text.startsWith("torch.Size(", i)) i += "torch.Size(".length;
  const open = text[i];
  const close = open === "[" ? "]" : open === "(" ? ")" : void 0;
  if (!close) return -1;
  i++;
  while (i < text.length && /[\d, ]/.test(text[i])) i++;
  if (text[i] !== close) return -1;
  i++;
  if (text.startsWith("torch.Size(", pos)) {
    if (text[i] !== ")") return -1;
    i++;
  }
  return i - pos;
}
function consumeName(text, pos) {
  const quote = text[pos];
  if (quote !== "'" && quote !== '"' && quote !== "`") return -1;
  const end = text.indexOf(quote, pos + 1);
  if (end < 0 || end - pos > 300 || text.slice(pos + 1, end).includes("\n")) return -1;
  return end - pos + 1;
}
function consumePath(text, pos, stop) {
  let end = pos;
  while (end < text.length && !/[\s'"`,;]/.test(text[end])) end++;
  if (end === pos) return -1;
  if (stop) {
    for (let back = 0; back <= Math.min(4, end - pos - 1); back++) {
      if (text.startsWith(stop, end - back)) return end - back - pos;
    }
  }
  return end - pos;
}
var FIND_TRIES = 3;
function findTemplate(template, text) {
  const start = template.tokens.findIndex((t) => t.kind === "literal");
  const first = template.tokens[start];
  if (!first || first.kind !== "literal") return -1;
  const lead = start === 0 ? template : { ...template, tokens: template.tokens.slice(start) };
  let at = text.indexOf(first.text);
  work.steps += (at < 0 ? text.length : at) + 1;
  for (let tries = 0; at >= 0 && tries < FIND_TRIES; tries++) {
    if (matchAt(lead, text.slice(at)).status === "full") return at;
    at = text.indexOf(first.text, at + 1);
  }
  return -1;
}

// src/matcher/normalized-lines.ts
var NormalizedLines = class {
  /** `normalizeSpace` of each line's text, in the order of `log.lines`. */
  texts;
  log;
  /** The texts joined by "\n", which no normalised text or template holds, made when first needed. */
  search;
  constructor(log) {
    this.log = log;
    this.texts = log.lines.map((l) => normalizeSpace(l.text));
  }
  /**
   * Index in the paste of the first line that contains the template, as read or as pasted, or
   * undefined. Only lines that hold the template's first literal can: one search of the joined
   * texts finds them, and the template is tried on those alone.
   */
  find(template) {
    const first = template.tokens.find((t) => t.kind === "literal");
    if (first?.kind !== "literal") return void 0;
    const { joined, starts, raws } = this.built;
    const rawAt = raws.keys();
    let nextRaw = rawAt.next().value ?? Infinity;
    let at = this.indexIn(joined, first.text, 0);
    for (; ; ) {
      const byText = at < 0 ? Infinity : lineOfOffset(starts, at);
      const k = Math.min(byText, nextRaw);
      if (k === Infinity) return void 0;
      const raw = raws.get(k);
      if (findTemplate(template, this.texts[k]) >= 0 || raw !== void 0 && findTemplate(template, raw) >= 0) {
        return this.log.lines[k].index;
      }
      if (k === nextRaw) nextRaw = rawAt.next().value ?? Infinity;
      if (k === byText) at = this.indexIn(joined, first.text, starts[k + 1] ?? joined.length);
    }
  }
  /**
   * The texts joined by "\n" (no normalised text, template or anchor holds one): one flat string,
   * which V8 reads character by character about twice as fast as thousands of slices of the paste.
   */
  get joined() {
    return this.built.joined;
  }
  /** Where each line's text starts in `joined`, in the order of `log.lines`. */
  get starts() {
    return this.built.starts;
  }
  get built() {
    return this.search ??= this.makeSearch();
  }
  indexIn(joined, literal, from) {
    const at = joined.indexOf(literal, from);
    work.steps += (at < 0 ? joined.length : at) - from + 1;
    return at;
  }
  makeSearch() {
    const starts = [];
    let offset = 0;
    for (const text of this.texts) {
      starts.push(offset);
      offset += text.length + 1;
    }
    const raws = /* @__PURE__ */ new Map();
    this.log.lines.forEach((l, k) => {
      if (l.raw !== void 0) raws.set(k, normalizeSpace(l.raw));
    });
    return { joined: this.texts.join("\n"), starts, raws };
  }
};
function lineOfOffset(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
var NORMALIZED = /* @__PURE__ */ Symbol("normalized lines");
function normalizedLines(log) {
  return perLog(log, NORMALIZED, () => new NormalizedLines(log));
}

// src/matcher/embedded.ts
var SELF_EVIDENT_CHARS = 16;
var TRIES_PER_LINE = 3;
var LINES_PER_LOG_SIGNATURE = 3;
var CONTINUATION_LINES = 50;
function anchorOf(template) {
  const at = anchorAt(template);
  const token = template.tokens[at];
  return token?.kind === "literal" ? token.text.trimStart() : void 0;
}
function anchorAt(template) {
  return template.tokens.findIndex((t) => t.kind === "literal" && t.text.trimStart().length >= MIN_ANCHOR_CHARS);
}
var scanners = /* @__PURE__ */ new WeakMap();
function scannerFor(index) {
  let scanner = scanners.get(index);
  if (!scanner) {
    const entries = [];
    for (const runbook of index.runbooks) {
      for (const signature of runbook.signatures) {
        for (const template of signature.message) {
          const anchor = anchorOf(template);
          if (!anchor) continue;
          const start = anchorAt(template);
          const tokens = template.tokens.slice(start).map((t, i) => i === 0 && t.kind === "literal" ? { ...t, text: anchor } : t);
          entries.push([anchor, { runbook, signature, template, lead: { ...template, tokens } }]);
        }
      }
    }
    scanner = new AnchorScanner(entries);
    scanners.set(index, scanner);
  }
  return scanner;
}
var TYPE_BEFORE = /((?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*(?:Error|Exception|Warning|Exit|Interrupt|Failure|Timeout))(?:\([\w.]*\))?:\s*$/;
var TYPE_BEFORE_VALUE = /((?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*(?:Error|Exception|Warning|Exit|Interrupt|Failure|Timeout))(?:\([\w.]*\))?:\s+[^:\s][^:]{0,120}$/;
function quoted(text, position, template) {
  if (anchorAt(template) > 0) return false;
  const before = text[position - 1];
  return before === '"' || before === "'";
}
function typeBefore(text, position, template) {
  const before = text.slice(Math.max(0, position - 160), position);
  return (anchorAt(template) > 0 ? TYPE_BEFORE_VALUE : TYPE_BEFORE).exec(before)?.[1];
}
function findEmbedded(log, index, typeMatches2, searched = searchedTexts(log)) {
  const scanner = scannerFor(index);
  const hits = [];
  const logLineCount = /* @__PURE__ */ new Map();
  const last = log.lines.length > 0 ? log.lines[log.lines.length - 1].index : -1;
  const stands = /* @__PURE__ */ new Map();
  const carrierOf = (t) => {
    if (t.exception) return t.exception;
    let stand = stands.get(t.at);
    if (!stand) stands.set(t.at, stand = standIn(log.lines, t.at, last));
    return stand;
  };
  const consider = (t, logLines, messages) => {
    const { text } = t;
    let tries;
    scanner.scan(text, (position, entry) => {
      const { signature, template, lead } = entry;
      if (signature.logLine ? !logLines : !messages) return;
      tries ??= /* @__PURE__ */ new Map();
      const tried = tries.get(template) ?? 0;
      if (tried >= TRIES_PER_LINE) return;
      tries.set(template, tried + 1);
      if (signature.logLine) {
        if ((logLineCount.get(signature) ?? 0) >= LINES_PER_LOG_SIGNATURE) return;
      } else {
        const type = typeBefore(text, position, template);
        if (type ? !typeMatches2(type, signature.exception) : template.literalChars < SELF_EVIDENT_CHARS || quoted(text, position, template))
          return;
      }
      if (matchAt(lead, text.slice(position, position + MAX_MATCH_CHARS)).status !== "full") return;
      if (signature.logLine) logLineCount.set(signature, (logLineCount.get(signature) ?? 0) + 1);
      hits.push({ ...entry, carrier: carrierOf(t), line: t.line, basis: signature.logLine ? "log-line" : "embedded" });
    });
  };
  const seenLines = /* @__PURE__ */ new Set();
  for (const t of searched) {
    if (t.kind === "line") {
      if (!t.exception && seenLines.has(t.text)) continue;
      seenLines.add(t.text);
    }
    consider(t, t.kind === "line", !t.claimed || t.kind === "message");
  }
  return hits;
}
var STRUCTURE = /^\s*(?:Traceback \(most recent call last\)|During handling of the above exception|The above exception was|File ")/;
function forEachSearchedText(log, visit) {
  for (const text of searchedTexts(log)) visit(text);
}
var SEARCHED = /* @__PURE__ */ Symbol("searched texts");
function searchedTexts(log) {
  return perLog(log, SEARCHED, () => collectSearchedTexts(log));
}
function collectSearchedTexts(log) {
  const out = [];
  const visit = (text) => void out.push(text);
  const claimed = /* @__PURE__ */ new Set();
  const endsAt = /* @__PURE__ */ new Map();
  const seenMessages = /* @__PURE__ */ new Set();
  for (const exception of log.exceptions) {
    for (const l of exception.lines) claimed.add(l);
    if (exception.wrapper) continue;
    endsAt.set(exception.lines[exception.lines.length - 1], exception);
    const text = normalizeSpace(exception.message.slice(0, MAX_MATCH_CHARS * 2));
    if (seenMessages.has(text)) continue;
    seenMessages.add(text);
    visit({ text, line: exception.lines[0], kind: "message", claimed: true, exception, at: -1 });
  }
  const lines = log.lines;
  const { texts } = normalizedLines(log);
  let attached;
  let previousText;
  const seenClaimed = /* @__PURE__ */ new Set();
  let blanks = 0;
  let previousRecord = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.text.trim()) {
      if (++blanks > 1) attached = void 0;
      continue;
    }
    blanks = 0;
    const newRecord = line.record && !previousRecord;
    previousRecord = line.record;
    if (line.source) continue;
    const isClaimed = claimed.has(line.index);
    if (isClaimed) attached = endsAt.get(line.index);
    else if (newRecord || STRUCTURE.test(line.text)) attached = void 0;
    const text = texts[i];
    const owner = isClaimed ? void 0 : attached;
    const repeat = !owner && (text === previousText || isClaimed && seenClaimed.has(text));
    previousText = text;
    if (isClaimed) seenClaimed.add(text);
    if (repeat) continue;
    visit({ text, line: line.index, kind: "line", claimed: isClaimed, exception: owner, at: i });
  }
  return out;
}
function standIn(lines, i, last) {
  const line = lines[i];
  const messageLines = [line.text];
  const indexes = [line.index];
  for (let j = i + 1; j < lines.length && j - i <= CONTINUATION_LINES; j++) {
    const next = lines[j];
    if (!next.text.trim() || next.record || !/^\s/.test(next.text)) break;
    messageLines.push(next.text);
    indexes.push(next.index);
  }
  return {
    type: "",
    message: messageLines.join("\n"),
    lines: indexes,
    frames: [],
    chain: -1 - line.index,
    position: 0,
    wrapper: false,
    atEnd: indexes[indexes.length - 1] === last,
    mangled: true
  };
}

// src/matcher/frames-only.ts
var MAX_POSSIBILITIES = 3;
function frameName(file) {
  return file.slice(file.lastIndexOf("/") + 1);
}
function frameMatches(frame, want) {
  return (frame.file === want.file || frame.file.endsWith(`/${want.file}`)) && (!want.func || frame.func === want.func);
}
function framesOnly(log, index, lineText) {
  if (log.cut.length === 0) return [];
  const found = [];
  for (const runbook of index.runbooks) {
    let bestForRunbook;
    for (const signature of runbook.signatures) {
      if (signature.frames.length === 0 || !signature.frames.some((f) => f.func)) continue;
      for (const cut of log.cut) {
        const seen = signature.frames.map((want) => cut.frames.find((f) => frameMatches(f, want)));
        if (seen.some((f) => !f)) continue;
        const last = cut.frames.at(-1);
        if (!signature.frames.some((want) => want.func && frameMatches(last, want))) continue;
        const strength = signature.frames.length;
        if (bestForRunbook && bestForRunbook.strength >= strength) continue;
        bestForRunbook = {
          slug: runbook.slug,
          title: runbook.title,
          url: runbook.url,
          signature: signature.id,
          strength,
          frames: seen.map((f, i) => {
            const want = signature.frames[i];
            return { line: f.index + 1, text: lineText(f.index), pattern: want.func ? `${want.file}:${want.func}` : want.file };
          })
        };
      }
    }
    if (bestForRunbook) found.push(bestForRunbook);
  }
  return found.sort((a, b) => b.strength - a.strength || a.slug.localeCompare(b.slug)).slice(0, MAX_POSSIBILITIES).map(({ strength: _strength, ...p }) => p);
}

// src/matcher/environment.ts
var import_pep440 = __toESM(require_pep440(), 1);
function normalizePackage(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
var VERSION7 = String.raw`\d+(?:\.\d+)*(?:(?:a|b|rc|\.?post|\.?dev)\d*)*(?:\+[\w.]+)?`;
var LABELLED = [
  // torch.utils.collect_env
  { label: /^PyTorch version:\s*(\S+)/, package: "torch", format: "collect_env" },
  { label: /^CUDA used to build PyTorch:\s*(\S+)/, field: "cuda", format: "collect_env" },
  { label: /^Python version:\s*(\d+\.\d+(?:\.\d+)?)/, field: "python", format: "collect_env" },
  { label: /^GPU \d+:\s*(.+)$/, field: "gpu", format: "collect_env" },
  // transformers env / accelerate env ("- `transformers` version: 4.37.0")
  { label: /^- `?(transformers|accelerate)`? version:\s*(\S+)/i, format: "transformers env" },
  {
    label: /^- (Huggingface_hub|Safetensors|Accelerate|DeepSpeed|PEFT|Numpy|bitsandbytes|Tokenizers) version:\s*(\S+)/i,
    format: "transformers env"
  },
  { label: /^- PyTorch version(?: \([^)]*\))?:\s*(\S+)/, package: "torch", format: "transformers env" },
  { label: /^- Python version:\s*(\d+\.\d+(?:\.\d+)?)/, field: "python", format: "transformers env" },
  { label: /^- GPU type:\s*(.+)$/, field: "gpu", format: "transformers env" },
  // ds_report ("torch version .................... 2.1.2+cu121")
  { label: /^torch version \.+ (\S+)/, package: "torch", format: "ds_report" },
  { label: /^deepspeed info \.+ ([^,\s]+)/, package: "deepspeed", format: "ds_report" },
  { label: /^torch cuda version \.+ (\S+)/, field: "cuda", format: "ds_report" }
];
var LISTED = new RegExp(`^([A-Za-z0-9][A-Za-z0-9._-]*)\\s+(${VERSION7})(?:\\s+\\S+){0,2}$`);
var PADDED = /^\S+\s{2,}\S/;
var CONDA_HEADER = /^#\s*Name\s+Version\s+Build(?:\s+Channel)?$/;
var KNOWN_PACKAGES = new Set(
  "torch torchvision torchaudio transformers accelerate peft deepspeed vllm sglang bitsandbytes safetensors tokenizers huggingface-hub flash-attn xformers triton opencompass lmms-eval lm-eval trl diffusers sentence-transformers llama-cpp-python auto-gptq autoawq gptqmodel optimum numpy timm unsloth ms-swift llamafactory".split(
    " "
  )
);
var DIGIT = /\d/;
var LABEL_HINT = /[Vv]ersion|^GPU \d|^deepspeed info/;
var REPORT_START = /^[A-Za-z0-9#[-]/;
var HEADER_START = /^\s*(?:Package\s|#\s*Name\s|Name:)/;
var PIP_SHOW_NAME = /^Name:\s*([A-Za-z0-9][A-Za-z0-9._-]*)$/;
var PIP_SHOW_VERSION = /^Version:\s*(\S+)$/;
var FREEZE = new RegExp(`^(?:\\[(?:pip3?|conda)\\]\\s+)?([A-Za-z0-9][A-Za-z0-9._-]*)==(${VERSION7})$`);
var WHOLE_VERSION = new RegExp(`^${VERSION7}$`);
function readEnvironment(lines) {
  const env = { packages: {}, gpus: [], formats: [], skipped: [] };
  const formats = /* @__PURE__ */ new Set();
  const setPackage = (name, version, index) => {
    if (!(0, import_pep440.valid)(version)) {
      env.skipped.push({ name, version, line: index + 1 });
      return;
    }
    const key = normalizePackage(name);
    if (!env.packages[key]) env.packages[key] = { version, line: index + 1 };
  };
  let inPipList = false;
  let shownPackage;
  const headerless = [];
  for (const { text: raw, index } of lines) {
    if (!DIGIT.test(raw) && !HEADER_START.test(raw)) {
      if (raw.trim() && !/^\s*-+\s+-+/.test(raw)) inPipList = false;
      continue;
    }
    const text = raw.trim();
    if (!REPORT_START.test(text)) {
      inPipList = false;
      continue;
    }
    if (/^Package\s+Version(?:\s+(?:Editable project location|Location))?$/.test(text) || CONDA_HEADER.test(text)) {
      inPipList = true;
      formats.add(text.startsWith("#") ? "conda list" : "pip list");
      continue;
    }
    if (/^-+\s+-+/.test(text)) continue;
    const listed = LISTED.exec(text.replace(/^\[conda\]\s+/, ""));
    if (listed && (inPipList || text.startsWith("[conda]"))) {
      setPackage(listed[1], listed[2], index);
      formats.add(inPipList ? [...formats].find((f) => f.endsWith(" list")) : "collect_env");
      continue;
    }
    inPipList = false;
    if (listed && PADDED.test(text)) {
      headerless.push({ name: listed[1], version: listed[2], index });
      continue;
    }
    const freeze = FREEZE.exec(text);
    if (freeze) {
      setPackage(freeze[1], freeze[2], index);
      formats.add(text.startsWith("[") ? "collect_env" : "pip freeze");
      continue;
    }
    const shown = PIP_SHOW_NAME.exec(text);
    if (shown) {
      shownPackage = shown[1];
      continue;
    }
    const shownVersion = shownPackage ? PIP_SHOW_VERSION.exec(text) : null;
    if (shownVersion) {
      setPackage(shownPackage, shownVersion[1], index);
      formats.add("pip show");
      shownPackage = void 0;
      continue;
    }
    if (!LABEL_HINT.test(text)) continue;
    for (const rule of LABELLED) {
      const m = rule.label.exec(text);
      if (!m) continue;
      formats.add(rule.format);
      const value = m[m.length - 1].trim();
      if (rule.field === "python") env.python ??= value;
      else if (rule.field === "cuda") env.cuda ??= value;
      else if (rule.field === "gpu") env.gpus.push(value);
      else if (WHOLE_VERSION.test(value)) setPackage(rule.package ?? m[1], value, index);
      break;
    }
  }
  headerless.forEach((row, i) => {
    const inRun = headerless[i - 1]?.index === row.index - 1 || headerless[i + 1]?.index === row.index + 1;
    if (!inRun && !KNOWN_PACKAGES.has(normalizePackage(row.name))) return;
    setPackage(row.name, row.version, row.index);
    formats.add("pip list without its header");
  });
  env.formats = [...formats];
  return env;
}

// src/matcher/fit.ts
var import_pep4402 = __toESM(require_pep440(), 1);
function fittingFix(runbook, ctx) {
  let fallback;
  for (const fix of runbook.fixes) {
    const verdicts = conditions(fix, ctx);
    if (verdicts.some((v) => v.holds === false)) continue;
    const seen = verdicts.filter((v) => v.holds === true);
    if (seen.length > 0)
      return present(
        fix,
        seen.map((v) => v.because)
      );
    fallback ??= present(fix, []);
  }
  return fallback ?? present(runbook.fixes[0], []);
}
function present(fix, because) {
  return { id: fix.id, title: fix.title, url: fix.url, because };
}
function conditions(fix, ctx) {
  const when = fix.when;
  if (!when) return [];
  const out = [];
  if (when.signatures) {
    const holds = when.signatures.includes(ctx.signature);
    out.push({ holds, because: `the log matches its signature \u201C${ctx.signature}\u201D` });
  }
  if (when.message) {
    const text = normalizeSpace(ctx.message);
    const hit = when.message.find((t) => findTemplate(t, text) >= 0);
    out.push({ holds: hit !== void 0, because: hit && `the message has \u201C${hit.source}\u201D` });
  }
  if (when.log) {
    let line;
    const hit = when.log.find((t) => (line = ctx.findInLog(t)) !== void 0);
    out.push({ holds: hit !== void 0, because: hit && `line ${line + 1} shows \u201C${hit.source}\u201D` });
  }
  if (when.versions) {
    for (const [name, spec] of Object.entries(when.versions)) {
      const found = ctx.environment.packages[normalizePackage(name)];
      if (!found || !(0, import_pep4402.valid)(found.version)) out.push({ holds: void 0 });
      else out.push({ holds: (0, import_pep4402.satisfies)(found.version, spec), because: `your ${name} ${found.version} is in ${spec}` });
    }
  }
  return out;
}

// src/matcher/pins.ts
var import_pep4403 = __toESM(require_pep440(), 1);
function judgeVersions(pins, env) {
  const names = [...new Set(pins.flatMap((p) => Object.keys(p.versions)))];
  const verdicts = [];
  for (const name of names) {
    const found = env.packages[normalizePackage(name)];
    if (!found || !(0, import_pep4403.valid)(found.version)) continue;
    const applies = (pin) => !pin.afterFix && name in pin.versions && otherPackagesFit(pin, name, env);
    const failing = pins.filter((p) => p.outcome === "fails" && applies(p) && (0, import_pep4403.satisfies)(found.version, p.versions[name]));
    const working = pins.filter((p) => p.outcome === "works" && applies(p) && (0, import_pep4403.satisfies)(found.version, p.versions[name]));
    const fixedIn = lowestAbove(
      found.version,
      pins.filter((p) => p.outcome === "works" && applies(p)).map((p) => p.versions[name])
    );
    const yours = `${name} ${found.version}`;
    let status;
    let message;
    if (failing.length > 0) {
      status = "affected";
      const range = failing.map((p) => `${name}${p.versions[name]}`).join(", ");
      message = fixedIn ? `${yours} is affected; fixed in ${fixedIn}` : `${yours} is in the failing range (${range})`;
    } else if (working.length > 0) {
      status = "fine";
      message = `${yours} is not affected (works with ${working.map((p) => `${name}${p.versions[name]}`).join(", ")})`;
    } else {
      status = "unpinned";
      message = `${yours} is outside every range this runbook pins; nothing is known about it`;
    }
    verdicts.push({
      package: name,
      version: found.version,
      line: found.line,
      status,
      message,
      pins: (failing.length > 0 ? failing : working).map((p) => ({ id: p.id, evidence: p.evidence }))
    });
  }
  return verdicts.sort((a, b) => rank(a.status) - rank(b.status) || a.package.localeCompare(b.package));
}
function rank(status) {
  return status === "affected" ? 0 : status === "fine" ? 1 : 2;
}
function otherPackagesFit(pin, name, env) {
  return Object.entries(pin.versions).every(([other, spec]) => {
    if (other === name) return true;
    const found = env.packages[normalizePackage(other)];
    return !found || !(0, import_pep4403.valid)(found.version) || (0, import_pep4403.satisfies)(found.version, spec);
  });
}
function lowestAbove(version, specs) {
  let best;
  for (const spec of specs) {
    for (const clause of spec.split(",")) {
      const m = /^\s*(>=|==|>)\s*([^\s,*]+)\s*$/.exec(clause);
      if (!m || !(0, import_pep4403.valid)(m[2]) || !(0, import_pep4403.gt)(m[2], version)) continue;
      if (!best || (0, import_pep4403.gt)(best, m[2])) best = m[2];
    }
  }
  return best;
}

// src/matcher/rank.ts
var MAX_NEAR_MISSES = 20;
var MAX_EXCEPTIONS = 20;
var MAX_SHOWN_CHARS = 300;
var THRESHOLD = 0.5;
var W_MESSAGE = 0.7;
var W_FRAMES = 0.15;
var W_WITH = 0.15;
var PARTIAL_CREDIT = 0.7;
var DOMINATED = 0.45;
var BASIS_WEIGHT = { exception: 1, embedded: 0.9, "log-line": 0.9 };
var FOUND_IN_LINE = { status: "full", end: 0, captures: [] };
function rankLog(log, index, searched) {
  const lineText = (i) => lineAt(log, i)?.text ?? "";
  const normalized = normalizedLines(log);
  const nearMisses = [];
  const best = /* @__PURE__ */ new Map();
  const environment = readEnvironment(log.lines);
  const chains = new Chains(log.exceptions);
  const byType = distinctFailuresByType(log.exceptions, chains, false);
  const wrappersByType = distinctFailuresByType(log.exceptions, chains, true);
  const admit = (runbook, signature, exception, result, template, line, basis) => {
    const position = chains.problem(signature, exception);
    if (position) {
      if (result.status === "full")
        nearMisses.push({ ...ref(runbook), signature: signature.id, line: line + 1, text: lineText(line), reason: position });
      return;
    }
    const candidate = scoreCandidate(runbook, signature, exception, result, template, line, log, normalized, lineText, basis, chains);
    if (signature.requireWith && candidate.withLines.length < signature.with.length) {
      nearMisses.push({
        ...ref(runbook),
        signature: signature.id,
        line: line + 1,
        text: lineText(line),
        reason: "the message matches, but the log lacks the line that tells this cause apart from others with the same message"
      });
      return;
    }
    const previous = best.get(runbook.slug);
    if (!previous || candidate.score > previous.score) best.set(runbook.slug, candidate);
  };
  for (const runbook of index.runbooks) {
    for (const signature of runbook.signatures) {
      if (signature.logLine) continue;
      const carriers = new Set(signature.exception.flatMap((type) => byType.get(typeKey(type)) ?? []));
      if (signature.wrapper)
        for (const type of signature.exception) for (const e of wrappersByType.get(typeKey(type)) ?? []) carriers.add(e);
      for (const exception of carriers) {
        if (!typeMatches(exception.type, signature.exception)) continue;
        const outcome = bestMessageOutcome(signature.message, exception);
        if (!outcome) continue;
        const { result, template, offset } = outcome;
        const line = exception.lines[offset] ?? exception.lines[0];
        if (result.status === "contradicted" || result.status === "truncated" && !exception.atEnd) {
          if (offset === 0) {
            nearMisses.push({
              ...ref(runbook),
              signature: signature.id,
              line: line + 1,
              text: lineText(line),
              reason: result.status === "contradicted" ? `expected "${result.expected}" where the message has "${result.found}"` : "the message ends before the signature does"
            });
          }
          continue;
        }
        if (result.status !== "full" && result.status !== "truncated") continue;
        admit(runbook, signature, exception, result, template, line, exception.mangled ? "embedded" : "exception");
      }
    }
  }
  for (const hit of findEmbedded(log, index, typeMatches, searched)) {
    const previous = best.get(hit.runbook.slug);
    if (previous?.basis === "exception" && (previous.exception === hit.carrier || previous.exception.lines.includes(hit.line))) continue;
    admit(hit.runbook, hit.signature, hit.carrier, FOUND_IN_LINE, hit.template, hit.line, hit.basis);
  }
  discountShared([...best.values()]);
  const explained = [...best.values()].some((c) => c.score >= THRESHOLD && !c.signature.wrapper);
  const matches = [...best.values()].filter((c) => c.score >= THRESHOLD && !(explained && c.signature.wrapper)).sort((a, b) => b.score - a.score || b.strength - a.strength || a.runbook.slug.localeCompare(b.runbook.slug)).map((c) => ({
    ...ref(c.runbook),
    confidence: round(c.score),
    cause: c.runbook.cause,
    fix: fittingFix(c.runbook, {
      signature: c.signature.id,
      message: c.exception.message,
      findInLog: (t) => normalized.find(t),
      environment
    }),
    basis: c.basis,
    evidence: c.evidence,
    versions: judgeVersions(c.runbook.pins, environment)
  }));
  const matched = new Set(matches.map((m) => m.slug));
  const weak = [...best.values()].filter((c) => c.score < THRESHOLD).map((c) => ({
    ...ref(c.runbook),
    signature: c.signature.id,
    line: c.evidence[0]?.line ?? 1,
    text: c.evidence[0]?.text ?? "",
    reason: `only weak evidence (confidence ${round(c.score)}, below ${THRESHOLD})`
  }));
  const seen = /* @__PURE__ */ new Set();
  const misses = [...nearMisses, ...weak].filter((n) => {
    const key = `${n.slug}/${n.signature}/${n.line}`;
    if (matched.has(n.slug) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    matches,
    possibilities: matches.length === 0 ? framesOnly(log, index, lineText) : [],
    nearMisses: misses.slice(0, MAX_NEAR_MISSES),
    moreNearMisses: Math.max(0, misses.length - MAX_NEAR_MISSES),
    // The last exceptions: a log ends with the failure that stopped it.
    exceptions: log.exceptions.slice(-MAX_EXCEPTIONS).map((e) => ({
      type: e.type,
      message: e.message.slice(0, MAX_SHOWN_CHARS).split("\n")[0],
      line: e.lines[0] + 1
    })),
    moreExceptions: Math.max(0, log.exceptions.length - MAX_EXCEPTIONS),
    environment
  };
}
function ref(runbook) {
  return { slug: runbook.slug, title: runbook.title, url: runbook.url };
}
function distinctFailuresByType(exceptions, chains, wrappers) {
  const byType = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const e of rankedExceptions(exceptions)) {
    if (e.wrapper !== wrappers) continue;
    const key = `${e.type}\0${e.position}\0${chains.isLast(e)}\0${chains.framesOf(e).length}\0${e.message.slice(0, MAX_MATCH_CHARS)}`;
    work.steps += key.length + 1;
    if (seen.has(key)) continue;
    seen.add(key);
    let list = byType.get(typeKey(e.type));
    if (!list) byType.set(typeKey(e.type), list = []);
    list.push(e);
  }
  return byType;
}
function lineAt(log, index) {
  const { lines } = log;
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (lines[mid].index < index) lo = mid + 1;
    else hi = mid;
  }
  return lines[lo]?.index === index ? lines[lo] : void 0;
}
var MAX_RANKED_EXCEPTIONS = 2e3;
function rankedExceptions(exceptions) {
  if (exceptions.length <= MAX_RANKED_EXCEPTIONS) return exceptions;
  const half = MAX_RANKED_EXCEPTIONS / 2;
  return [...exceptions.slice(0, half), ...exceptions.slice(-half)];
}
function typeMatches(type, accepted) {
  return accepted.some((want) => type === want || type.endsWith(`.${want}`) || want.endsWith(`.${type}`));
}
function bestMessageOutcome(templates, exception) {
  let best;
  const rankOf = (r) => r.status === "full" ? 3 : r.status === "truncated" ? 2 : r.status === "contradicted" ? 1 : 0;
  for (const { offset, text } of messageStarts(exception)) {
    for (const template of templates) {
      const result = matchAt(template, text);
      if (offset > 0 && result.status !== "full") continue;
      if (!best || rankOf(result) > rankOf(best.result) || rankOf(result) === rankOf(best.result) && matchedChars(result) > matchedChars(best.result)) {
        best = { result, template, offset };
      }
    }
    if (best?.result.status === "full") break;
  }
  return best && best.result.status !== "none" ? best : void 0;
}
function* messageStarts(exception) {
  const lines = exception.message.split("\n", MAX_START_LINES).map(normalizeSpace);
  const joined = lines.join(" ");
  work.steps += joined.length + 1;
  let at = 0;
  for (let offset = 0; offset < lines.length; offset++) {
    if (lines[offset]) yield { offset, text: joined.slice(at, at + MAX_MATCH_CHARS).trimEnd() };
    at += lines[offset].length + 1;
  }
}
var MAX_START_LINES = 200;
function matchedChars(r) {
  return r.status === "truncated" || r.status === "contradicted" ? r.matchedChars : r.status === "full" ? Infinity : 0;
}
var NO_FRAMES = [];
var Chains = class {
  last = /* @__PURE__ */ new Map();
  frames = /* @__PURE__ */ new Map();
  constructor(exceptions) {
    for (const e of exceptions) {
      if (!e.wrapper && e.position > (this.last.get(e.chain) ?? -1)) this.last.set(e.chain, e.position);
      if (e.frames.length === 0) continue;
      let list = this.frames.get(e.chain);
      if (!list) this.frames.set(e.chain, list = []);
      for (const f of e.frames) list.push(f);
    }
  }
  isLast(exception) {
    return (this.last.get(exception.chain) ?? -1) <= exception.position;
  }
  /** Frames anywhere in the same chain: a re-raise keeps the original frames in the earlier traceback. */
  framesOf(exception) {
    return this.frames.get(exception.chain) ?? NO_FRAMES;
  }
  problem(signature, exception) {
    if (signature.chain === "first" && exception.position !== 0) {
      return "the signature needs the first exception of the chain, and an earlier exception started this one";
    }
    if (signature.chain === "last" && (this.last.get(exception.chain) ?? -1) > exception.position) {
      return "the signature needs the last exception of the chain, and another exception followed this one";
    }
    return void 0;
  }
};
function scoreCandidate(runbook, signature, exception, result, template, line, log, normalized, lineText, basis, chains) {
  const full = result.status === "full";
  const message = full ? 1 : PARTIAL_CREDIT * Math.min(1, result.matchedChars / template.literalChars);
  const evidence = [
    { signature: signature.id, kind: full ? "message" : "partial", line: line + 1, text: lineText(line), pattern: template.source }
  ];
  const chainFrames = chains.framesOf(exception);
  let framesFound = 0;
  for (const want of signature.frames) {
    const frame = chainFrames.find((f) => frameMatches(f, want));
    if (frame) {
      framesFound++;
      evidence.push({
        signature: signature.id,
        kind: "frame",
        line: frame.index + 1,
        text: lineText(frame.index),
        pattern: want.func ? `${want.file}:${want.func}` : want.file
      });
    }
  }
  const withLines = [];
  for (const template2 of signature.with) {
    const found = normalized.find(template2);
    if (found !== void 0) {
      withLines.push(found);
      evidence.push({ signature: signature.id, kind: "with", line: found + 1, text: lineText(found), pattern: template2.source });
    }
  }
  const frameShare = signature.frames.length ? framesFound / signature.frames.length : message;
  const withShare = signature.with.length ? withLines.length / signature.with.length : message;
  return {
    basis,
    runbook,
    signature,
    exception,
    full,
    score: BASIS_WEIGHT[basis] * (W_MESSAGE * message + W_FRAMES * frameShare + W_WITH * withShare),
    strength: template.literalChars + 30 * framesFound + 30 * withLines.length,
    evidence: evidence.sort((a, b) => a.line - b.line),
    withLines
  };
}
function discountShared(candidates) {
  const byException = /* @__PURE__ */ new Map();
  for (const c of candidates) {
    if (!c.full) continue;
    let list = byException.get(c.exception);
    if (!list) byException.set(c.exception, list = []);
    list.push(c);
  }
  const withClaims = /* @__PURE__ */ new Map();
  for (const c of candidates) for (const l of new Set(c.withLines)) withClaims.set(l, (withClaims.get(l) ?? 0) + 1);
  for (const c of candidates) {
    if (c.signature.with.length === 0) continue;
    const shared = c.withLines.reduce((n, l) => n + (1 - 1 / (withClaims.get(l) ?? 1)), 0);
    c.score -= W_WITH * shared / c.signature.with.length;
  }
  for (const group of byException.values()) {
    if (group.length < 2) continue;
    const top = Math.max(...group.map((c) => c.strength));
    const tied = group.filter((c) => c.strength === top).length;
    for (const c of group) c.score *= c.strength < top ? DOMINATED : 1 / Math.sqrt(tied);
  }
}
function round(x) {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}

// src/matcher/compile.ts
var INDEX_FORMAT = 1;

// src/matcher/shards.ts
var SHARD_FORMAT = 3;
var SHARD_BYTES = 32 * 1024;
var keyScanners = /* @__PURE__ */ new WeakMap();
function keysOf(manifest) {
  let keys = keyScanners.get(manifest);
  if (!keys) {
    const frames = /* @__PURE__ */ new Map();
    for (const [name, files] of Object.entries(manifest.frames))
      for (const file of files) frames.set(file, [...frames.get(file) ?? [], name]);
    const anywhere = Object.entries(manifest.anywhere).flatMap(([name, anchors]) => anchors.map((a) => [a, name]));
    keys = { anywhere: new AnchorScanner(anywhere), frames };
    keyScanners.set(manifest, keys);
  }
  return keys;
}
function selectShards(log, manifest) {
  const needed = /* @__PURE__ */ new Set();
  const entries = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const exception of log.exceptions) {
    const type = typeKey(exception.type);
    const keys = manifest.exceptions[type];
    if (!keys) continue;
    const seenKey = `${type}\0${exception.message.slice(0, MAX_MATCH_CHARS)}`;
    if (seen.has(seenKey)) continue;
    seen.add(seenKey);
    let typed = entries.get(type);
    if (!typed) entries.set(type, typed = { within: Object.entries(keys.within), start: Object.entries(keys.start) });
    const whole = normalizeSpace(exception.message);
    for (const [key, name] of typed.within) if (whole.includes(key)) needed.add(name);
    const open = typed.start.filter(([, name]) => !needed.has(name));
    for (const { offset, text } of messageStarts(exception)) {
      for (let i = open.length - 1; i >= 0; i--) {
        const [key, name] = open[i];
        if (text.startsWith(key) || offset === 0 && key.startsWith(text)) {
          needed.add(name);
          open.splice(i, 1);
        }
      }
      if (open.length === 0) break;
    }
  }
  const { anywhere, frames } = keysOf(manifest);
  const anchored = textsHoldingKeys(log, anywhere, needed);
  for (const cut of log.cut) for (const frame of cut.frames) for (const name of frames.get(frameName(frame.file)) ?? []) needed.add(name);
  return { names: [...needed].sort(), anchored };
}
function textsHoldingKeys(log, anywhere, needed) {
  const anchored = [];
  const searchedLines = [];
  forEachSearchedText(log, (searched) => {
    if (searched.kind === "line") {
      searchedLines[searched.at] = searched;
      return;
    }
    let holdsKey = false;
    anywhere.scan(searched.text, (_, name) => {
      needed.add(name);
      holdsKey = true;
    });
    if (holdsKey) anchored.push(searched);
  });
  const { joined, starts } = normalizedLines(log);
  let line = 0;
  anywhere.scan(joined, (position, name) => {
    while (line + 1 < starts.length && starts[line + 1] <= position) line++;
    const searched = searchedLines[line];
    if (!searched) return;
    needed.add(name);
    if (anchored[anchored.length - 1] !== searched) anchored.push(searched);
  });
  return anchored;
}
function mergeShards(manifest, shards) {
  const byOrder = /* @__PURE__ */ new Map();
  for (const shard of shards) {
    if (shard.format !== SHARD_FORMAT || shard.version !== manifest.version) {
      throw new Error(`signature shard from another build (version ${shard.version}, manifest ${manifest.version}); reload the page`);
    }
    for (const runbook of shard.runbooks) {
      let entry = byOrder.get(runbook.order);
      if (!entry) byOrder.set(runbook.order, entry = { runbook, signatures: /* @__PURE__ */ new Map() });
      runbook.signatureOrder.forEach((s, i) => entry.signatures.set(s, runbook.signatures[i]));
    }
  }
  const runbooks = [...byOrder.keys()].sort((a, b) => a - b).map((order) => {
    const { runbook, signatures } = byOrder.get(order);
    const { order: _order, signatureOrder: _signatureOrder, ...compiled } = runbook;
    return { ...compiled, signatures: [...signatures.keys()].sort((a, b) => a - b).map((s) => signatures.get(s)) };
  });
  return { format: INDEX_FORMAT, version: manifest.version, runbooks };
}

// src/matcher/sharded-matcher.ts
function shardedMatcher(manifest, load) {
  const cache = /* @__PURE__ */ new Map();
  const get = (name) => {
    let shard = cache.get(name);
    if (!shard) {
      shard = load(name);
      shard.catch(() => cache.delete(name));
      cache.set(name, shard);
    }
    return shard;
  };
  return {
    manifest,
    async match(text, onPhase = () => {
    }) {
      onPhase("parsing");
      const log = parseLog(text);
      const { names, anchored } = selectShards(log, manifest);
      if (names.some((n) => !cache.has(n))) onPhase("loading");
      const index = mergeShards(manifest, await Promise.all(names.map(get)));
      onPhase("ranking");
      return { result: rankLog(log, index, anchored), index, shards: names };
    }
  };
}

// src/cli/read-input.ts
var BadInput = class extends Error {
};
var LIMIT = `${MAX_INPUT_BYTES / 1024 / 1024} MB`;

// src/cli/site-matcher.ts
async function signatureMatcher(read, where) {
  const parse3 = async (name) => {
    const text = await read(name);
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new BadInput(`${where(name)} is damaged: ${error.message}`);
    }
  };
  const manifest = await parse3("manifest.json");
  if (!isManifest(manifest))
    throw new BadInput(`${where("manifest.json")} is not a signature manifest of this tracebook (format ${SHARD_FORMAT})`);
  return shardedMatcher(manifest, async (name) => {
    if (!/^[\w-]+\.json$/.test(name)) throw new BadInput(`${where("manifest.json")} names a shard outside its folder: ${name}`);
    const shard = await parse3(name);
    if (shard?.format !== SHARD_FORMAT || shard.version !== manifest.version || !Array.isArray(shard.runbooks)) {
      throw new BadInput(`${where(name)} does not belong to ${where("manifest.json")} (another build, or damaged)`);
    }
    return shard;
  });
}
function isManifest(value) {
  const isObject = (x) => typeof x === "object" && x !== null && !Array.isArray(x);
  return isObject(value) && value.format === SHARD_FORMAT && typeof value.version === "string" && isObject(value.exceptions) && isObject(value.anywhere) && isObject(value.frames);
}

// src/action/site-signatures.ts
var ATTEMPTS = 3;
var TIMEOUT_MS = 3e4;
function siteSignatures(site) {
  const url = (name) => new URL(`/signatures/${name}`, site).href;
  return signatureMatcher(async (name) => {
    for (let attempt = 1; ; attempt++) {
      let failure2;
      try {
        const response = await fetch(url(name), { signal: AbortSignal.timeout(TIMEOUT_MS) });
        if (response.ok) return await response.text();
        if (response.status === 404 && name === "manifest.json") {
          throw new SiteError(`${url(name)} is not there: is "site" the URL of a built tracebook site?`);
        }
        failure2 = `HTTP ${response.status}`;
        if (response.status < 500 && response.status !== 429) throw new SiteError(`${url(name)}: ${failure2}`);
      } catch (error) {
        if (error instanceof SiteError) throw error;
        failure2 = error.message;
      }
      if (attempt === ATTEMPTS) throw new SiteError(`${url(name)}: ${failure2} (tried ${ATTEMPTS} times)`);
      await new Promise((resolve) => setTimeout(resolve, 1e3 * attempt));
    }
  }, url);
}
var SiteError = class extends Error {
};

// src/action/main.ts
async function main(env) {
  const inputs = readInputs(env);
  const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? "", "utf8"));
  const subject = subjectOf(env.GITHUB_EVENT_NAME ?? "", payload, env.GITHUB_REPOSITORY ?? "");
  if ("skip" in subject) return console.log(`tracebook: ${subject.skip}; nothing to do`);
  const { result } = await (await siteSignatures(inputs.site)).match(logFromMarkdown(subject.text));
  const client = github(inputs.token, env.GITHUB_API_URL ?? "https://api.github.com");
  const plan = !confidentMatch(result, inputs) && (payload.action === "opened" || payload.action === "created") ? { why: "no confident match; staying silent", steps: [] } : planAnswer(subject, result, inputs, await client.comments(subject, subject.issue.number));
  const target = `${subject.owner}/${subject.repo}#${subject.issue.number}${subject.comment ? ` (comment ${subject.comment})` : ""}`;
  console.log(`tracebook: ${target}: ${plan.why}`);
  let url = "";
  for (const step of plan.steps) {
    if (inputs.dryRun) {
      console.log(`tracebook: dry run, would ${step.kind}${"label" in step ? ` ${step.label}` : ""}`);
      if ("body" in step) printUntrusted(step.body);
      continue;
    }
    if (step.kind === "create") url = (await client.createComment(subject, subject.issue.number, step.body)).html_url;
    if (step.kind === "update") url = (await client.updateComment(subject, step.id, step.body)).html_url;
    if (step.kind === "add-label") await client.addLabel(subject, subject.issue.number, step.label);
    if (step.kind === "remove-label") await client.removeLabel(subject, subject.issue.number, step.label);
    console.log(`tracebook: ${step.kind}${"label" in step ? ` ${step.label}` : ""}${url && "body" in step ? ` ${url}` : ""}`);
  }
  setOutput(env, "runbook", plan.runbook ?? "");
  setOutput(env, "comment-url", url);
}
function printUntrusted(text) {
  const token = `tracebook-${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  console.log(`::stop-commands::${token}
${text}
::${token}::`);
}
function workflowData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function setOutput(env, name, value) {
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `${name}=${value}
`);
}
try {
  await main(process.env);
} catch (error) {
  console.log(`::error::tracebook: ${workflowData(error.message)}`);
  process.exitCode = 1;
}
