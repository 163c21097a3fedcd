/** An example consumer: a client of the SuperOffice password operations. */
package com.example.passwords;
