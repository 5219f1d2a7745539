package vn.danvankheo.places;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
class PlacesTestApplication {}
