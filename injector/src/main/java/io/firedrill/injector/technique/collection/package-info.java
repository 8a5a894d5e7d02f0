/** Collection: gathering the data an attacker came for, such as a bucket's objects. */
package io.firedrill.injector.technique.collection;
